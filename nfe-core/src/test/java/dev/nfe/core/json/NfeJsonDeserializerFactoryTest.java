package dev.nfe.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nfe.core.config.PluginRegistry;
import dev.nfe.core.spi.ConfigException;
import dev.nfe.core.spi.ConfigSection;
import dev.nfe.core.spi.Deserializer;
import dev.nfe.core.spi.DeserializerFactory;
import dev.nfe.core.spi.MediaType;
import dev.nfe.core.spi.ParseOutcome;
import dev.nfe.core.spi.PluginContext;
import dev.nfe.core.spi.RawDocument;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NfeJsonDeserializerFactoryTest {
    private static final String PATH = "transform.deserializer";
    private static final PluginContext CONTEXT = new PluginContext("test",
            Clock.fixed(Instant.parse("2024-05-01T12:00:00Z"), ZoneOffset.UTC), name -> Optional.empty());

    private final RecordingDeserializer xml = new RecordingDeserializer();
    private final List<ConfigSection> xmlSections = new ArrayList<>();
    private final NfeJsonDeserializerFactory factory = new NfeJsonDeserializerFactory(() -> List.of(new XmlFactory()));

    @Test
    void type_isNfeJson() {
        assertThat(factory.type()).isEqualTo("nfe-json");
    }

    @Test
    void serviceLoader_findsTheFactoryByType() {
        assertThat(PluginRegistry.load(DeserializerFactory.class).types()).contains("nfe-json");
    }

    @Test
    void create_withXmlFactory_convertsAndDelegates() {
        Deserializer deserializer = factory.create(section(Map.of("encoding", "plain")), CONTEXT);
        List<ParseOutcome> outcomes = new ArrayList<>();

        deserializer.deserialize(new RawDocument("d", "{\"xml\": \"<NFe><infNFe Id=\\\"NFe1\\\"/></NFe>\"}"
                .getBytes(StandardCharsets.UTF_8), MediaType.JSON, "test://d", Instant.EPOCH), outcomes::add);

        assertThat(outcomes).singleElement().isInstanceOf(ParseOutcome.Parsed.class);
        assertThat(xml.receivedXml()).containsExactly("<NFe><infNFe Id=\"NFe1\"/></NFe>");
    }

    @Test
    void create_xmlSection_isHandedToTheXmlFactoryUnderItsKeyPath() {
        factory.create(section(Map.of("xml", Map.of("maxBytes", 10))), CONTEXT);

        assertThat(xmlSections).singleElement().satisfies(section -> {
            assertThat(section.path()).isEqualTo(PATH + ".xml");
            assertThat(section.values()).containsEntry("maxBytes", 10);
        });
    }

    @Test
    void create_withoutXmlFactory_failsNamingTheMissingType() {
        NfeJsonDeserializerFactory alone = new NfeJsonDeserializerFactory(List::of);

        assertThatThrownBy(() -> alone.create(section(Map.of()), CONTEXT))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(PATH)
                .hasMessageContaining("nfe-xml");
    }

    @Test
    void options_fullSection_bindsEveryKey() {
        JsonOptions options = NfeJsonDeserializerFactory.options(section(Map.of(
                "xmlPointer", "/data/xml", "keyPointer", "/data/key", "receivedAtPointer", "/data/at",
                "encoding", "base64", "maxDocumentBytes", 1024, "maxPageBytes", "4096", "maxInflateRatio", 50)));

        assertThat(options).isEqualTo(JsonOptions.defaults().withXmlPointer("/data/xml").withKeyPointer("/data/key")
                .withReceivedAtPointer("/data/at").withEncoding(ContentEncoding.BASE64).withMaxDocumentBytes(1024)
                .withMaxPageBytes(4096).withMaxInflateRatio(50));
    }

    @Test
    void options_emptySection_isTheDefaults() {
        assertThat(NfeJsonDeserializerFactory.options(section(Map.of()))).isEqualTo(JsonOptions.defaults());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "encoding          | x          | transform.deserializer.encoding: must be one of [auto, plain, base64], was 'x'",
        "xmlPointer        | xml        | transform.deserializer.xmlPointer: must match (?s)/.*, was 'xml'",
        "keyPointer        | chave      | transform.deserializer.keyPointer: must match (?s)/.*, was 'chave'",
        "receivedAtPointer | \"\"         | transform.deserializer.receivedAtPointer: must match (?s)/.*, was ''",
        "maxDocumentBytes  | 0          | transform.deserializer.maxDocumentBytes: must be between 1 and 2147483631, was '0'",
        "maxPageBytes      | 9999999999 | transform.deserializer.maxPageBytes: must be between 1 and 2147483631, was '9999999999'",
        "maxInflateRatio   | many       | transform.deserializer.maxInflateRatio: must be an integer, was 'many'",
        "xmlPath           | /xml       | transform.deserializer.xmlPath: unknown key"})
    void options_badValue_failsNamingTheKeyPath(String key, String value, String message) {
        assertThatThrownBy(() -> NfeJsonDeserializerFactory.options(section(Map.of(key, value))))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(message);
    }

    @Test
    void options_severalBadValues_reportsThemAllAtOnce() {
        assertThatThrownBy(() -> NfeJsonDeserializerFactory.options(
                section(Map.of("encoding", "utf8", "xmlPointer", "xml", "maxInflateRatio", 0))))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(PATH + ".encoding")
                .hasMessageContaining(PATH + ".xmlPointer")
                .hasMessageContaining(PATH + ".maxInflateRatio");
    }

    @Test
    void create_xmlNotAMapping_failsNamingTheKeyPath() {
        assertThatThrownBy(() -> factory.create(section(Map.of("xml", "strict")), CONTEXT))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(PATH + ".xml: must be a section, was 'strict'");
    }

    private static ConfigSection section(Map<String, Object> values) {
        return new ConfigSection(PATH, values);
    }

    /** Stands for the nfe-xml factory, which lives elsewhere: hands out the recording test double. */
    private final class XmlFactory implements DeserializerFactory {
        @Override
        public String type() {
            return "nfe-xml";
        }

        @Override
        public Deserializer create(ConfigSection config, PluginContext context) {
            xmlSections.add(config);
            return xml;
        }
    }
}
