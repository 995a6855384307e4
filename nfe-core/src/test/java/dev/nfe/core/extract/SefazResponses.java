package dev.nfe.core.extract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.GZIPOutputStream;

/** SEFAZ-shaped NFeDistribuicaoDFe responses for tests. */
final class SefazResponses {
    private SefazResponses() {
    }

    /** A SOAP 1.2 response with {@code retDistDFeInt} holding {@code docZips} (already-built elements). */
    static String response(String cStat, String xMotivo, long ultNsu, long maxNsu, String... docZips) {
        StringBuilder lote = new StringBuilder();
        if (docZips.length > 0) {
            lote.append("<loteDistDFeInt>");
            for (String docZip : docZips) {
                lote.append(docZip);
            }
            lote.append("</loteDistDFeInt>");
        }
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
                + "<soap:Envelope xmlns:soap=\"http://www.w3.org/2003/05/soap-envelope\" "
                + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
                + "xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\"><soap:Body>"
                + "<nfeDistDFeInteresseResponse xmlns=\"http://www.portalfiscal.inf.br/nfe/wsdl/NFeDistribuicaoDFe\">"
                + "<nfeDistDFeInteresseResult>"
                + "<retDistDFeInt xmlns=\"http://www.portalfiscal.inf.br/nfe\" versao=\"1.01\">"
                + "<tpAmb>1</tpAmb><verAplic>1.7.6</verAplic>"
                + "<cStat>" + cStat + "</cStat><xMotivo>" + xMotivo + "</xMotivo>"
                + "<dhResp>2026-12-04T09:15:00-03:00</dhResp>"
                + "<ultNSU>" + DistDFeQuery.nsu(ultNsu) + "</ultNSU><maxNSU>" + DistDFeQuery.nsu(maxNsu) + "</maxNSU>"
                + lote
                + "</retDistDFeInt></nfeDistDFeInteresseResult></nfeDistDFeInteresseResponse>"
                + "</soap:Body></soap:Envelope>";
    }

    /**
     * A SOAP 1.2 NFeRecepcaoEvento4 response: {@code retEnvEvento} with the lot's {@code cStat} and one
     * {@code retEvento} per {@code chave=cStat} pair.
     */
    static String retEnvEvento(String cStat, String... registrations) {
        StringBuilder events = new StringBuilder();
        for (String registration : registrations) {
            String[] parts = registration.split("=");
            events.append("<retEvento versao=\"1.00\"><infEvento><tpAmb>1</tpAmb><verAplic>AN_4.0.0</verAplic>")
                    .append("<cOrgao>91</cOrgao><cStat>").append(parts[1]).append("</cStat>")
                    .append("<xMotivo>Evento registrado e vinculado a NF-e</xMotivo>")
                    .append("<chNFe>").append(parts[0]).append("</chNFe><tpEvento>210210</tpEvento>")
                    .append("<xEvento>Ciencia da Operacao</xEvento><nSeqEvento>1</nSeqEvento>")
                    .append("<dhRegEvento>2026-12-04T09:00:01-03:00</dhRegEvento>")
                    .append("<nProt>891260000000001</nProt></infEvento></retEvento>");
        }
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
                + "<soap:Envelope xmlns:soap=\"http://www.w3.org/2003/05/soap-envelope\"><soap:Body>"
                + "<nfeResultMsg xmlns=\"http://www.portalfiscal.inf.br/nfe/wsdl/NFeRecepcaoEvento4\">"
                + "<retEnvEvento xmlns=\"http://www.portalfiscal.inf.br/nfe\" versao=\"1.00\"><idLote>1</idLote>"
                + "<tpAmb>1</tpAmb><verAplic>AN_4.0.0</verAplic><cOrgao>91</cOrgao>"
                + "<cStat>" + cStat + "</cStat><xMotivo>Lote de evento processado</xMotivo>"
                + events
                + "</retEnvEvento></nfeResultMsg></soap:Body></soap:Envelope>";
    }

    /** A {@code docZip} element holding {@code xml} gzip-compressed and base64-encoded. */
    static String docZip(long nsu, String schema, String xml) {
        return rawDocZip(nsu, schema, Base64.getEncoder().encodeToString(gzip(xml.getBytes(StandardCharsets.UTF_8))));
    }

    /** A {@code docZip} element with {@code text} as its content, as is. */
    static String rawDocZip(long nsu, String schema, String text) {
        return "<docZip NSU=\"" + DistDFeQuery.nsu(nsu) + "\" schema=\"" + schema + "\">" + text + "</docZip>";
    }

    /** A {@code resNFe} summary of {@code chave}. */
    static String resNFe(String chave) {
        return "<resNFe xmlns=\"http://www.portalfiscal.inf.br/nfe\" versao=\"1.01\"><chNFe>" + chave + "</chNFe>"
                + "<CNPJ>11222333000181</CNPJ><xNome>EMITENTE TESTE LTDA</xNome><IE>123456789012</IE>"
                + "<dhEmi>2026-12-01T10:00:00-03:00</dhEmi><tpNF>1</tpNF><vNF>150.25</vNF>"
                + "<digVal>q1w2e3r4t5y6u7i8o9p0a1s2d3f=</digVal><dhRecbto>2026-12-01T10:00:05-03:00</dhRecbto>"
                + "<nProt>135260000000001</nProt><cSitNFe>1</cSitNFe></resNFe>";
    }

    /** A {@code resEvento} summary of a registered cancellation of {@code chave}. */
    static String resEvento(String chave) {
        return "<resEvento xmlns=\"http://www.portalfiscal.inf.br/nfe\" versao=\"1.01\"><cOrgao>35</cOrgao>"
                + "<CNPJ>11222333000181</CNPJ><chNFe>" + chave + "</chNFe><dhEvento>2026-12-02T09:00:00-03:00"
                + "</dhEvento><tpEvento>110111</tpEvento><nSeqEvento>1</nSeqEvento><xEvento>Cancelamento</xEvento>"
                + "<dhRecbto>2026-12-02T09:00:05-03:00</dhRecbto><nProt>135260000000002</nProt></resEvento>";
    }

    /** A {@code procEventoNFe}: the cancellation of {@code chave} with SEFAZ's answer registering it (cStat 135). */
    static String procEventoCancellation(String chave) {
        return "<procEventoNFe xmlns=\"http://www.portalfiscal.inf.br/nfe\" versao=\"1.00\"><evento versao=\"1.00\">"
                + "<infEvento Id=\"ID110111" + chave + "01\"><cOrgao>35</cOrgao><tpAmb>1</tpAmb>"
                + "<CNPJ>11222333000181</CNPJ><chNFe>" + chave + "</chNFe><dhEvento>2026-12-02T09:00:00-03:00"
                + "</dhEvento><tpEvento>110111</tpEvento><nSeqEvento>1</nSeqEvento><verEvento>1.00</verEvento>"
                + "<detEvento versao=\"1.00\"><descEvento>Cancelamento</descEvento><nProt>135260000000001</nProt>"
                + "<xJust>Erro no valor da nota fiscal</xJust></detEvento></infEvento></evento>"
                + "<retEvento versao=\"1.00\"><infEvento><tpAmb>1</tpAmb><verAplic>SP_EVENTOS</verAplic>"
                + "<cOrgao>35</cOrgao><cStat>135</cStat><xMotivo>Evento registrado e vinculado a NF-e</xMotivo>"
                + "<chNFe>" + chave + "</chNFe><tpEvento>110111</tpEvento><nSeqEvento>1</nSeqEvento>"
                + "<dhRegEvento>2026-12-02T09:00:05-03:00</dhRegEvento><nProt>135260000000002</nProt></infEvento>"
                + "</retEvento></procEventoNFe>";
    }

    static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
