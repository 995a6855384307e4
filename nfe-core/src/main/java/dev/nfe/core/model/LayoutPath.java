package dev.nfe.core.model;

/**
 * XPaths of the NF-e layouts, spelled as the layouts name their tags: where a validation finding points, and which
 * element a silver column comes from. A document's paths start at its own root ({@code /NFe/infNFe},
 * {@code /evento/infEvento}, {@code /resNFe}); {@link #inNfeProc(String)} places an NF-e path inside the
 * {@code nfeProc} envelope SEFAZ returns with the authorization, where {@link #INF_PROT} is.
 */
public final class LayoutPath {
    /** The envelope of an authorized NF-e: the document and its authorization protocol. */
    public static final String NFE_PROC = "/nfeProc";
    /** The NF-e's signed content. */
    public static final String INF_NFE = "/NFe/infNFe";
    /** Where an NF-e gives its chave: its {@code Id}, the chave after an {@code NFe} prefix. */
    public static final String INF_NFE_ID = INF_NFE + "/@Id";
    public static final String IDE = INF_NFE + "/ide";
    public static final String EMIT = INF_NFE + "/emit";
    public static final String DEST = INF_NFE + "/dest";
    /** Every item; {@link #item(int)} is one of them. */
    public static final String DET = INF_NFE + "/det";
    public static final String TOTAL = INF_NFE + "/total";
    public static final String ICMS_TOT = TOTAL + "/ICMSTot";
    public static final String ISSQN_TOT = TOTAL + "/ISSQNtot";
    public static final String IBSCBS_TOT = TOTAL + "/IBSCBSTot";
    /** The NFC-e's supplementary data (QR code), beside the signed content. */
    public static final String INF_NFE_SUPL = "/NFe/infNFeSupl";
    /** The authorization protocol, inside the {@code nfeProc} envelope. */
    public static final String INF_PROT = NFE_PROC + "/protNFe/infProt";
    /** The envelope of a registered event: the event and SEFAZ's answer. */
    public static final String PROC_EVENTO = "/procEventoNFe";
    public static final String INF_EVENTO = "/evento/infEvento";
    public static final String RET_EVENTO = "/retEvento/infEvento";
    /** An NF-e summary of the distribution service. */
    public static final String RES_NFE = "/resNFe";
    /** An event summary of the distribution service. */
    public static final String RES_EVENTO = "/resEvento";

    private LayoutPath() {
    }

    /** {@code nfePath}, a path from the NF-e's root ({@code /NFe/…}), inside the {@code nfeProc} envelope. */
    public static String inNfeProc(String nfePath) {
        return NFE_PROC + nfePath;
    }

    /** Where {@code document} gives its chave. */
    public static String chave(FiscalDocument document) {
        if (document instanceof Nfe) {
            return INF_NFE_ID;
        }
        if (document instanceof Event) {
            return INF_EVENTO + "/chNFe";
        }
        if (document instanceof NfeSummary) {
            return RES_NFE + "/chNFe";
        }
        return RES_EVENTO + "/chNFe";
    }

    /** The item with number {@code nItem}: {@code /NFe/infNFe/det[@nItem='3']}. */
    public static String item(int nItem) {
        return DET + "[@nItem='" + nItem + "']";
    }
}
