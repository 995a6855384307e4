package dev.nfe.core.extract;

import dev.nfe.core.spi.NfeException;
import java.io.ByteArrayInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Reads the body of a SEFAZ web service answer with a hardened StAX reader (no DTD, no external entity). */
final class SoapAnswer {
    private SoapAnswer() {
    }

    /** What one answer is read into. */
    @FunctionalInterface
    interface Reading<T> {
        /** Reads the answer from {@code reader}, positioned before its first event. */
        T read(XMLStreamReader reader, String source) throws XMLStreamException;
    }

    /**
     * Reads {@code body} with {@code reading}.
     *
     * @param source names the answer in error messages
     * @throws NfeException if the body is not well-formed XML
     */
    static <T> T parse(byte[] body, String source, Reading<T> reading) {
        try {
            XMLStreamReader reader = hardenedFactory().createXMLStreamReader(new ByteArrayInputStream(body));
            try {
                return reading.read(reader, source);
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            throw new NfeException("Cannot read the response of " + source + ": not well-formed XML at line "
                    + (e.getLocation() == null ? "?" : e.getLocation().getLineNumber()), e);
        }
    }

    /** A StAX factory with DTDs and external entities off, as every XML reader of the project. */
    static XMLInputFactory hardenedFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return factory;
    }
}
