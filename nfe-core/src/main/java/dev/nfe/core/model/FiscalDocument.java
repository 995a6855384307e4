package dev.nfe.core.model;

/**
 * A typed fiscal document from the NF-e family: an invoice ({@link Nfe}, models 55 and 65), an event
 * ({@link Event}), or a summary SEFAZ distribution returns before manifestação ({@link NfeSummary},
 * {@link EventSummary}).
 */
public sealed interface FiscalDocument permits Nfe, Event, NfeSummary, EventSummary {

    /** The chave de acesso of the invoice this document is, or refers to. */
    AccessKey chave();
}
