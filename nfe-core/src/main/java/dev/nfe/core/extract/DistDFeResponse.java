package dev.nfe.core.extract;

import dev.nfe.core.spi.NfeException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The {@code retDistDFeInt} SEFAZ answered, read out of its SOAP envelope: the status, the NSU range and the
 * {@code docZip}s of the {@code loteDistDFeInt}, still encoded.
 *
 * @param cStat the status code ({@code 138} documents found, {@code 137} none, {@code 656} consumo indevido…)
 * @param xMotivo the status text
 * @param dhResp when SEFAZ answered, with its offset, when given
 * @param ultNsu the last NSU this response covers: where the next {@code distNSU} continues
 * @param maxNsu the highest NSU the service holds for the party
 * @param documents the documents, in the order received
 */
record DistDFeResponse(String cStat, String xMotivo, Optional<OffsetDateTime> dhResp, long ultNsu, long maxNsu,
                       List<DocZip> documents) {
    DistDFeResponse {
        Objects.requireNonNull(cStat, "cStat");
        Objects.requireNonNull(xMotivo, "xMotivo");
        Objects.requireNonNull(dhResp, "dhResp");
        documents = List.copyOf(documents);
    }

    /**
     * One {@code docZip}: base64 of a gzip member holding one document.
     *
     * @param nsu its NSU
     * @param schema the {@code schema} attribute as received ({@code resNFe_v1.01.xsd})
     * @param base64 the element's text, not yet decoded
     */
    record DocZip(long nsu, String schema, String base64) {
        DocZip {
            Objects.requireNonNull(schema, "schema");
            Objects.requireNonNull(base64, "base64");
        }

        /** The schema's name without its version ({@code resNFe}, {@code procNFe}, {@code resEvento}…). */
        String kind() {
            int cut = schema.indexOf('_');
            return cut < 0 ? schema : schema.substring(0, cut);
        }
    }

    /**
     * Reads the SOAP response {@code body}.
     *
     * @param source names the response in error messages
     * @throws NfeException if the body is not a SOAP envelope with a well-formed {@code retDistDFeInt}
     */
    static DistDFeResponse parse(byte[] body, String source) {
        return SoapAnswer.parse(body, source, DistDFeResponse::read);
    }

    private static DistDFeResponse read(XMLStreamReader reader, String source) throws XMLStreamException {
        String cStat = null;
        String xMotivo = "";
        String dhResp = null;
        String ultNsu = null;
        String maxNsu = null;
        boolean inside = false;
        List<DocZip> documents = new ArrayList<>();
        while (reader.hasNext()) {
            if (reader.next() != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String name = reader.getLocalName();
            if (!inside) {
                inside = name.equals("retDistDFeInt")
                        && DistDFeRequest.NFE_NAMESPACE.equals(reader.getNamespaceURI());
                continue;
            }
            switch (name) {
                case "cStat" -> cStat = reader.getElementText().trim();
                case "xMotivo" -> xMotivo = reader.getElementText().trim();
                case "dhResp" -> dhResp = reader.getElementText().trim();
                case "ultNSU" -> ultNsu = reader.getElementText().trim();
                case "maxNSU" -> maxNsu = reader.getElementText().trim();
                case "docZip" -> {
                    String nsu = reader.getAttributeValue(null, "NSU");
                    String schema = reader.getAttributeValue(null, "schema");
                    String text = reader.getElementText();
                    if (nsu == null || schema == null) {
                        throw new NfeException("Cannot read the response of " + source + ": docZip "
                                + (documents.size() + 1) + " has no NSU or schema attribute");
                    }
                    documents.add(new DocZip(nsuOf(nsu, "docZip/@NSU", source), schema.trim(), text));
                }
                default -> {
                    // tpAmb, verAplic and loteDistDFeInt carry nothing the extractor decides on
                }
            }
        }
        if (!inside) {
            throw new NfeException("Cannot read the response of " + source + ": it holds no retDistDFeInt in "
                    + DistDFeRequest.NFE_NAMESPACE);
        }
        if (cStat == null) {
            throw new NfeException("Cannot read the response of " + source + ": retDistDFeInt has no cStat");
        }
        return new DistDFeResponse(cStat, xMotivo, Optional.ofNullable(dhResp).map(text -> dateOf(text, source)),
                ultNsu == null ? -1 : nsuOf(ultNsu, "ultNSU", source),
                maxNsu == null ? -1 : nsuOf(maxNsu, "maxNSU", source), documents);
    }

    /** Whether the response carried {@code ultNSU}; SEFAZ omits it only on some rejections. */
    boolean hasUltNsu() {
        return ultNsu >= 0;
    }

    private static long nsuOf(String text, String field, String source) {
        try {
            return DistDFeQuery.parseNsu(text.trim());
        } catch (IllegalArgumentException e) {
            throw new NfeException("Cannot read the response of " + source + ": " + field + " must be up to 15 "
                    + "digits, was '" + shorten(text) + "'", e);
        }
    }

    private static OffsetDateTime dateOf(String text, String source) {
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw new NfeException("Cannot read the response of " + source + ": dhResp is not a date-time with an "
                    + "offset, was '" + shorten(text) + "'", e);
        }
    }

    private static String shorten(String text) {
        String trimmed = text.strip();
        return trimmed.length() <= 40 ? trimmed : trimmed.substring(0, 40) + "…";
    }
}
