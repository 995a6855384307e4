package dev.nfe.core.json;

import dev.nfe.core.model.AccessKey;
import dev.nfe.core.model.EventSummary;
import dev.nfe.core.spi.Deserializer;
import dev.nfe.core.spi.Finding;
import dev.nfe.core.spi.ParseOutcome;
import dev.nfe.core.spi.RawDocument;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Test double of the XML deserializer: records every document it is given and parses just enough XML (the
 * {@code infNFe/@Id} or the first {@code chNFe}) to emit a Parsed outcome carrying that chave; XML it cannot
 * parse, or whose chave is {@link #QUARANTINE_CHAVE}, is quarantined with {@code XML_TEST_REJECTED}.
 */
final class RecordingDeserializer implements Deserializer {
    static final String QUARANTINE_CHAVE = "00000000000000000000000000000000000000000000";

    private final List<RawDocument> received = new ArrayList<>();

    @Override
    public void deserialize(RawDocument document, Consumer<ParseOutcome> outcomes) {
        received.add(document);
        Optional<String> chave = chave(document);
        if (chave.isEmpty() || chave.get().equals(QUARANTINE_CHAVE)) {
            outcomes.accept(new ParseOutcome.Quarantined(document,
                    List.of(Finding.error("XML_TEST_REJECTED", "", "rejected by the test double"))));
            return;
        }
        outcomes.accept(new ParseOutcome.Parsed(document(chave.get()), document.source(), List.of()));
    }

    /** The smallest typed document that carries {@code chave}; the other fields do not matter here. */
    private static EventSummary document(String chave) {
        OffsetDateTime at = OffsetDateTime.parse("2024-01-01T00:00:00-03:00");
        return new EventSummary(new AccessKey(chave), "1.01", "91", Optional.empty(), Optional.empty(), at,
                "110111", 1, "Cancelamento", at, "1", List.of());
    }

    List<RawDocument> received() {
        return List.copyOf(received);
    }

    List<String> receivedXml() {
        return received.stream().map(d -> new String(d.bytes(), StandardCharsets.UTF_8)).toList();
    }

    private static Optional<String> chave(RawDocument document) {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        try {
            XMLStreamReader reader = factory.createXMLStreamReader(new ByteArrayInputStream(document.bytes()));
            try {
                while (reader.hasNext()) {
                    if (reader.next() == XMLStreamReader.START_ELEMENT) {
                        if (reader.getLocalName().equals("infNFe") && reader.getAttributeValue(null, "Id") != null) {
                            return Optional.of(reader.getAttributeValue(null, "Id").substring(3));
                        }
                        if (reader.getLocalName().equals("chNFe")) {
                            return Optional.of(reader.getElementText());
                        }
                    }
                }
                return Optional.empty();
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            return Optional.empty();
        }
    }
}
