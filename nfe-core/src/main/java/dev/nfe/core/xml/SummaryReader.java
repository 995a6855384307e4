package dev.nfe.core.xml;

import dev.nfe.core.model.AccessKey;
import dev.nfe.core.model.EventSummary;
import dev.nfe.core.model.NfeSummary;
import dev.nfe.core.spi.Finding;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;

/** Reads the summaries SEFAZ distribution returns: {@code resNFe} and {@code resEvento}. */
final class SummaryReader {

    private SummaryReader() {
    }

    /** Reads a {@code resNFe}. */
    static NfeSummary readResNFe(XmlCursor c) throws XMLStreamException {
        String versao = c.attribute("versao").orElse(null);
        String chNFe = null;
        Optional<String> cnpj = Optional.empty();
        Optional<String> cpf = Optional.empty();
        String xNome = null;
        Optional<String> ie = Optional.empty();
        OffsetDateTime dhEmi = null;
        String tpNF = null;
        BigDecimal vNF = null;
        Optional<String> digVal = Optional.empty();
        OffsetDateTime dhRecbto = null;
        String nProt = null;
        String cSitNFe = null;
        while (c.nextChild()) {
            switch (c.localName()) {
                case "chNFe" -> chNFe = c.text();
                case "CNPJ" -> cnpj = Optional.of(c.text());
                case "CPF" -> cpf = Optional.of(c.text());
                case "xNome" -> xNome = c.text();
                case "IE" -> ie = Optional.of(c.text());
                case "dhEmi" -> dhEmi = c.requiredDateTime();
                case "tpNF" -> tpNF = c.text();
                case "vNF" -> vNF = c.decimal();
                case "digVal" -> digVal = Optional.of(c.text());
                case "dhRecbto" -> dhRecbto = c.requiredDateTime();
                case "nProt" -> nProt = c.text();
                case "cSitNFe" -> cSitNFe = c.text();
                default -> c.skipUnknown();
            }
        }
        return new NfeSummary(chave(c, chNFe), c.required(versao, "@versao"), cnpj, cpf, c.required(xNome, "xNome"),
                ie, c.required(dhEmi, "dhEmi"), c.required(tpNF, "tpNF"), c.required(vNF, "vNF"), digVal,
                c.required(dhRecbto, "dhRecbto"), c.required(nProt, "nProt"), c.required(cSitNFe, "cSitNFe"),
                List.of());
    }

    /** Reads a {@code resEvento}. */
    static EventSummary readResEvento(XmlCursor c) throws XMLStreamException {
        String versao = c.attribute("versao").orElse(null);
        String cOrgao = null;
        Optional<String> cnpj = Optional.empty();
        Optional<String> cpf = Optional.empty();
        String chNFe = null;
        OffsetDateTime dhEvento = null;
        String tpEvento = null;
        String nSeqEvento = null;
        String xEvento = null;
        OffsetDateTime dhRecbto = null;
        String nProt = null;
        while (c.nextChild()) {
            switch (c.localName()) {
                case "cOrgao" -> cOrgao = c.text();
                case "CNPJ" -> cnpj = Optional.of(c.text());
                case "CPF" -> cpf = Optional.of(c.text());
                case "chNFe" -> chNFe = c.text();
                case "dhEvento" -> dhEvento = c.requiredDateTime();
                case "tpEvento" -> tpEvento = c.text();
                case "nSeqEvento" -> nSeqEvento = c.text();
                case "xEvento" -> xEvento = c.text();
                case "dhRecbto" -> dhRecbto = c.requiredDateTime();
                case "nProt" -> nProt = c.text();
                default -> c.skipUnknown();
            }
        }
        return new EventSummary(chave(c, chNFe), c.required(versao, "@versao"), c.required(cOrgao, "cOrgao"), cnpj,
                cpf, c.required(dhEvento, "dhEvento"), c.required(tpEvento, "tpEvento"),
                c.toInt(nSeqEvento, "nSeqEvento"), c.required(xEvento, "xEvento"), c.required(dhRecbto, "dhRecbto"),
                c.required(nProt, "nProt"), List.of());
    }

    private static AccessKey chave(XmlCursor c, String chNFe) throws RejectedDocumentException {
        if (chNFe == null || chNFe.isBlank()) {
            throw new RejectedDocumentException(Finding.error(NfeXmlDeserializer.REQUIRED_MISSING,
                    c.closedPath() + "/chNFe", "Cannot read the summary: chNFe, its chave, is missing"));
        }
        return new AccessKey(chNFe);
    }
}
