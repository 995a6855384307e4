package dev.nfe.core.model;

/** Placeholder until the model lands. */
public record EventSummary(AccessKey chave) implements FiscalDocument {
}
