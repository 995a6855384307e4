package dev.nfe.core.xml;

import dev.nfe.core.model.FiscalDocument;
import dev.nfe.core.spi.Deserializer;
import dev.nfe.core.spi.MediaType;
import dev.nfe.core.spi.ParseOutcome;
import dev.nfe.core.spi.RawDocument;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A minimal, valid NF-e 4.00 in XML for tests, with {@code with…} overrides of its groups. The groups are inserted as
 * given; the parser does not depend on their order.
 *
 * @param ide the children of ide
 * @param det the det elements
 * @param total the children of total
 * @param pag the children of pag
 * @param extra groups appended after pag (dest, cobr, infAdic …)
 */
record NfeXml(String ide, String det, String total, String pag, String extra) {
    static final String CHAVE = "35230121684155000164550010000022891075229964";

    static final String IDE = "<cUF>35</cUF><cNF>07522996</cNF><natOp>Venda</natOp><mod>55</mod><serie>1</serie>"
            + "<nNF>2289</nNF><dhEmi>2023-01-10T10:15:00-03:00</dhEmi><tpNF>1</tpNF><idDest>1</idDest>"
            + "<cMunFG>3550308</cMunFG><tpImp>1</tpImp><tpEmis>1</tpEmis><cDV>4</cDV><tpAmb>2</tpAmb>"
            + "<finNFe>1</finNFe><indFinal>1</indFinal><indPres>1</indPres><procEmi>0</procEmi><verProc>1.0</verProc>";

    static final String DET = "<det nItem=\"1\"><prod><cProd>001</cProd><cEAN>SEM GTIN</cEAN><xProd>Produto</xProd>"
            + "<NCM>61091000</NCM><CFOP>5102</CFOP><uCom>UN</uCom><qCom>2.0000</qCom><vUnCom>5.0000000000</vUnCom>"
            + "<vProd>10.00</vProd><cEANTrib>SEM GTIN</cEANTrib><uTrib>UN</uTrib><qTrib>2.0000</qTrib>"
            + "<vUnTrib>5.0000000000</vUnTrib><indTot>1</indTot></prod><imposto><ICMS><ICMS00><orig>0</orig>"
            + "<CST>00</CST><modBC>3</modBC><vBC>10.00</vBC><pICMS>18.00</pICMS><vICMS>1.80</vICMS></ICMS00></ICMS>"
            + "<PIS><PISNT><CST>07</CST></PISNT></PIS><COFINS><COFINSNT><CST>07</CST></COFINSNT></COFINS></imposto></det>";

    static final String TOTAL = "<ICMSTot><vBC>10.00</vBC><vICMS>1.80</vICMS><vICMSDeson>0.00</vICMSDeson>"
            + "<vFCP>0.00</vFCP><vBCST>0.00</vBCST><vST>0.00</vST><vFCPST>0.00</vFCPST><vFCPSTRet>0.00</vFCPSTRet>"
            + "<vProd>10.00</vProd><vFrete>0.00</vFrete><vSeg>0.00</vSeg><vDesc>0.00</vDesc><vII>0.00</vII>"
            + "<vIPI>0.00</vIPI><vIPIDevol>0.00</vIPIDevol><vPIS>0.00</vPIS><vCOFINS>0.00</vCOFINS>"
            + "<vOutro>0.00</vOutro><vNF>10.00</vNF></ICMSTot>";

    static final String PAG = "<detPag><tPag>01</tPag><vPag>10.00</vPag></detPag>";

    static final String PROT = "<protNFe versao=\"4.00\"><infProt><tpAmb>2</tpAmb><verAplic>SP_NFE_PL009_V4</verAplic>"
            + "<chNFe>" + CHAVE + "</chNFe><dhRecbto>2023-01-10T10:16:00-03:00</dhRecbto>"
            + "<nProt>135230000000001</nProt><digVal>abc=</digVal><cStat>100</cStat>"
            + "<xMotivo>Autorizado o uso da NF-e</xMotivo></infProt></protNFe>";

    static NfeXml minimal() {
        return new NfeXml(IDE, DET, TOTAL, PAG, "");
    }

    NfeXml withIde(String value) {
        return new NfeXml(value, det, total, pag, extra);
    }

    NfeXml withDet(String value) {
        return new NfeXml(ide, value, total, pag, extra);
    }

    NfeXml withTotal(String value) {
        return new NfeXml(ide, det, value, pag, extra);
    }

    NfeXml withPag(String value) {
        return new NfeXml(ide, det, total, value, extra);
    }

    NfeXml withExtra(String value) {
        return new NfeXml(ide, det, total, pag, value);
    }

    /** The bare {@code NFe} element, with the NF-e namespace. */
    String nfe() {
        return "<NFe xmlns=\"" + NfeXmlParser.NFE_NAMESPACE + "\">" + nfeContent() + "</NFe>";
    }

    /** An {@code nfeProc} with this note, its protNFe and {@code after} (extra documents some producers add). */
    String nfeProc(String after) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><nfeProc versao=\"4.00\" xmlns=\""
                + NfeXmlParser.NFE_NAMESPACE + "\"><NFe>" + nfeContent() + "</NFe>" + PROT + after + "</nfeProc>";
    }

    private String nfeContent() {
        return "<infNFe Id=\"NFe" + CHAVE + "\" versao=\"4.00\"><ide>" + ide + "</ide><emit><CNPJ>21684155000164</CNPJ>"
                + "<xNome>Emitente Ltda</xNome><enderEmit><xLgr>Rua A</xLgr><nro>1</nro><xBairro>Centro</xBairro>"
                + "<cMun>3550308</cMun><xMun>Sao Paulo</xMun><UF>SP</UF><CEP>01001000</CEP></enderEmit>"
                + "<IE>123456789110</IE><CRT>3</CRT></emit>" + det + "<total>" + total + "</total>"
                + "<transp><modFrete>9</modFrete></transp><pag>" + pag + "</pag>" + extra + "</infNFe>";
    }

    /** Every outcome {@code deserializer} hands out for {@code raw}, in order. */
    static List<ParseOutcome> outcomes(Deserializer deserializer, RawDocument raw) {
        List<ParseOutcome> outcomes = new ArrayList<>();
        deserializer.deserialize(raw, outcomes::add);
        return outcomes;
    }

    /** The outcomes of a deserializer with default limits and no validation. */
    static List<ParseOutcome> outcomes(RawDocument raw) {
        return outcomes(new NfeXmlDeserializer(XmlLimits.defaults(), document -> List.of()), raw);
    }

    /** The only outcome for {@code xml}, which must be a parsed document. */
    static FiscalDocument parsed(String xml) {
        List<ParseOutcome> outcomes = outcomes(raw("doc", xml));
        if (outcomes.size() != 1 || !(outcomes.get(0) instanceof ParseOutcome.Parsed parsed)) {
            throw new IllegalStateException("Expected one parsed document, got " + outcomes);
        }
        return parsed.document();
    }

    /** {@code xml} as a raw XML document with the given id. */
    static RawDocument raw(String id, String xml) {
        return raw(id, xml.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code bytes} as a raw XML document with the given id. */
    static RawDocument raw(String id, byte[] bytes) {
        return new RawDocument(id, bytes, MediaType.XML, "test:" + id, Instant.parse("2024-01-01T00:00:00Z"));
    }
}
