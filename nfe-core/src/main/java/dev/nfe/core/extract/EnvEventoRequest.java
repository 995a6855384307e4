package dev.nfe.core.extract;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;

/**
 * One lot of signed events for NFeRecepcaoEvento4: an {@code envEvento} (layout 1.00) of at most
 * {@value #MAX_EVENTS} {@code evento}s, as the body of the {@code nfeRecepcaoEvento} SOAP 1.2 operation.
 *
 * @param idLote the lot's number, up to 15 digits
 * @param events the signed {@code evento} documents, in order
 */
record EnvEventoRequest(String idLote, List<Document> events) {
    /** The layout's limit of events in one {@code envEvento}. */
    static final int MAX_EVENTS = 20;
    static final String WSDL_NAMESPACE = "http://www.portalfiscal.inf.br/nfe/wsdl/NFeRecepcaoEvento4";
    static final String SOAP_ACTION = WSDL_NAMESPACE + "/nfeRecepcaoEvento";

    private static final Pattern ID_LOTE = Pattern.compile("[0-9]{1,15}");

    EnvEventoRequest {
        events = List.copyOf(events);
        if (!ID_LOTE.matcher(idLote).matches()) {
            throw new IllegalArgumentException("Cannot build envEvento: idLote must be 1 to 15 digits");
        }
        if (events.isEmpty() || events.size() > MAX_EVENTS) {
            throw new IllegalArgumentException("Cannot build envEvento: it holds 1 to " + MAX_EVENTS
                    + " events, was " + events.size());
        }
    }

    /** The SOAP 1.2 envelope sent as the HTTP body, UTF-8, without a SOAP header. */
    byte[] envelope() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
                .append("<soap12:Envelope xmlns:soap12=\"").append(DistDFeRequest.SOAP_12_NAMESPACE).append("\">")
                .append("<soap12:Body>")
                .append("<nfeDadosMsg xmlns=\"").append(WSDL_NAMESPACE).append("\">")
                .append("<envEvento xmlns=\"").append(DistDFeRequest.NFE_NAMESPACE).append("\" versao=\"1.00\">")
                .append("<idLote>").append(idLote).append("</idLote>");
        for (Document event : events) {
            xml.append(serialized(event));
        }
        xml.append("</envEvento></nfeDadosMsg></soap12:Body></soap12:Envelope>");
        return xml.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** {@code event} as text, without declaration or added whitespace, so its signature still verifies. */
    private static String serialized(Document event) {
        try {
            TransformerFactory factory = TransformerFactory.newInstance();
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            transformer.setOutputProperty(OutputKeys.INDENT, "no");
            StringWriter out = new StringWriter();
            transformer.transform(new DOMSource(event), new StreamResult(out));
            return out.toString();
        } catch (TransformerException e) {
            throw new IllegalStateException("Cannot serialise a signed event", e);
        }
    }
}
