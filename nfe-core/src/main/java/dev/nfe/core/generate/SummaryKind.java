package dev.nfe.core.generate;

/** The SEFAZ distribution summaries the generator writes, by root element. */
public enum SummaryKind {
    /** {@code resNFe} 1.01: a document summary. */
    RES_NFE("resNFe"),
    /** {@code resEvento} 1.01: an event summary. */
    RES_EVENTO("resEvento");

    private final String rootElement;

    SummaryKind(String rootElement) {
        this.rootElement = rootElement;
    }

    /** The summary's root element name. */
    public String rootElement() {
        return rootElement;
    }
}
