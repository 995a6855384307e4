package dev.nfe.core.model;

/** Placeholder until the model lands. */
public record Event(AccessKey chave) implements FiscalDocument {
}
