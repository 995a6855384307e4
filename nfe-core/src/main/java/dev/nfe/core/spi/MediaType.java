package dev.nfe.core.spi;

/**
 * The declared form of a {@link RawDocument}'s bytes. Deserializers still sniff the content (a gzip magic number,
 * a leading {@code <} or <code>{</code>), so a wrong declaration never loses a document.
 */
public enum MediaType {
    /** An NF-e XML document (nfeProc, NFe, procEventoNFe, resNFe …). */
    XML,
    /** A JSON document: an xmltodict or Standardize form, an API envelope, or an array of them. */
    JSON,
    /** Newline-delimited JSON, one document per line. */
    NDJSON,
    /** Unknown; the deserializer decides from the bytes. */
    UNKNOWN
}
