package dev.nfe.core.model;

import java.util.List;

/**
 * A typed fiscal document from the NF-e family: an invoice ({@link Nfe}, models 55 and 65), an event
 * ({@link Event}), or a summary SEFAZ distribution returns before manifestação ({@link NfeSummary},
 * {@link EventSummary}).
 */
public sealed interface FiscalDocument permits Nfe, Event, NfeSummary, EventSummary {

    /** The chave de acesso of the invoice this document is, or refers to. */
    AccessKey chave();

    /** The elements of the document that no typed field holds, kept as canonical XML, in document order. */
    List<UnmappedElement> unmapped();

    /** This document with {@code unmapped} as the elements no typed field holds. */
    FiscalDocument withUnmapped(List<UnmappedElement> unmapped);
}
