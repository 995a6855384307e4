package dev.nfe.core.model;

/** Placeholder until the model lands. */
public record NfeSummary(AccessKey chave) implements FiscalDocument {
}
