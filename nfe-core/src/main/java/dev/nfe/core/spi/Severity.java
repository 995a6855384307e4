package dev.nfe.core.spi;

/** How serious a {@link Finding} is. */
public enum Severity {
    /** The document cannot be trusted: it is quarantined. */
    ERROR,
    /** A soft anomaly: the document is kept and the warning counted. */
    WARNING
}
