package dev.nfe.core.silver;

/**
 * The XPaths the silver columns document, inside the envelope SEFAZ returns ({@code nfeProc}, {@code procEventoNFe});
 * a bare {@code NFe} or {@code evento} has the same paths without the envelope.
 */
final class LayoutPaths {

    static final String NFE_PROC = "/nfeProc";
    static final String INF_NFE = NFE_PROC + "/NFe/infNFe";
    /** Where an NF-e's {@code chave} comes from. */
    static final String CHAVE = INF_NFE + "/@Id (without its NFe prefix)";
    static final String DET = INF_NFE + "/det";
    static final String IMPOSTO = DET + "/imposto";
    static final String PROC_EVENTO = "/procEventoNFe";
    static final String RES_NFE = "/resNFe";
    static final String RES_EVENTO = "/resEvento";

    private LayoutPaths() {
    }
}
