package dev.nfe.core.model;

import java.util.Objects;

/**
 * An element of a document that no typed field holds: one the layout does not define where it was found (a group of
 * a newer technical note, an issuer's extension). It is kept whole, so nothing of the document is lost, and the parser
 * also warns about it.
 *
 * @param path the element's path in the file, as the parser's warning names it ({@code /nfeProc/NFe/infNFe/gNovo})
 * @param xml the element and its content as canonical XML: whitespace-only text between elements removed, then
 *     Exclusive C14N, with the NF-e namespace declared on it as the default namespace
 */
public record UnmappedElement(String path, String xml) {
    public UnmappedElement {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(xml, "xml");
    }
}
