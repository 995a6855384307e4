package dev.nfe.core.model;

/** Placeholder until the model lands. */
public record Nfe(AccessKey chave) implements FiscalDocument {
}
