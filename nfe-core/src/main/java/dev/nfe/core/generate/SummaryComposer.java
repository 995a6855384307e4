package dev.nfe.core.generate;

/**
 * Writes the SEFAZ distribution summaries (NT 2014.002, layout 1.01): resNFe for a document and resEvento for an
 * event, in the NF-e namespace. Their XSDs are not part of the corpus' packages; the element order follows the
 * published resNFe_v1.01 and resEvento_v1.01 layouts.
 */
final class SummaryComposer {
    private static final String VERSION = "1.01";

    private SummaryComposer() {
    }

    static GeneratedSummary summary(GeneratedDocument document, NfeSituation situation) {
        GeneratedParty emitter = document.emitter();
        TagWriter out = new TagWriter(1024);
        out.open("resNFe", "xmlns", TagWriter.NFE_NAMESPACE, "versao", VERSION)
                .text("chNFe", document.chave())
                .text(emitter.taxIdTag(), emitter.taxId())
                .text("xNome", emitter.xNome())
                .text("IE", emitter.ie().orElse("ISENTO"))
                .text("dhEmi", document.dhEmi())
                .text("tpNF", "1")
                .money("vNF", document.vNF())
                .text("digVal", document.digVal())
                .text("dhRecbto", document.dhRecbto())
                .text("nProt", document.nProt())
                .text("cSitNFe", situation.code())
                .close("resNFe");
        return new GeneratedSummary(SummaryKind.RES_NFE, document.chave(), out.toUtf8());
    }

    static GeneratedSummary summary(GeneratedEvent event) {
        String authorTag = event.authorTaxId().length() == GeneratedCnpj.LENGTH ? "CNPJ" : "CPF";
        TagWriter out = new TagWriter(1024);
        out.open("resEvento", "xmlns", TagWriter.NFE_NAMESPACE, "versao", VERSION)
                .text("cOrgao", event.cOrgao())
                .text(authorTag, event.authorTaxId())
                .text("chNFe", event.chave())
                .text("dhEvento", event.dhEvento())
                .text("tpEvento", event.type().code())
                .text("nSeqEvento", Integer.toString(event.nSeqEvento()))
                .text("xEvento", event.type().description())
                .text("dhRecbto", event.dhRegEvento())
                .text("nProt", event.nProt())
                .close("resEvento");
        return new GeneratedSummary(SummaryKind.RES_EVENTO, event.chave(), out.toUtf8());
    }
}
