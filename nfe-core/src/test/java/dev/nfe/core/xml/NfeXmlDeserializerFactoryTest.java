package dev.nfe.core.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nfe.core.spi.ConfigException;
import dev.nfe.core.spi.ConfigSection;
import dev.nfe.core.spi.Deserializer;
import dev.nfe.core.spi.DeserializerFactory;
import dev.nfe.core.spi.ParseOutcome;
import dev.nfe.core.spi.PluginContext;
import dev.nfe.core.spi.Secret;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class NfeXmlDeserializerFactoryTest {

    @Test
    void serviceLoader_findsTheNfeXmlFactory() {
        assertThat(ServiceLoader.load(DeserializerFactory.class).stream().map(ServiceLoader.Provider::get))
                .anySatisfy(f -> assertThat(f).isInstanceOf(NfeXmlDeserializerFactory.class)
                        .extracting(DeserializerFactory::type).isEqualTo("nfe-xml"));
    }

    @Test
    void create_withConfiguredLimit_enforcesIt() {
        Deserializer deserializer = new NfeXmlDeserializerFactory().create(
                new ConfigSection("transform.deserializer", Map.of("maxDocumentBytes", 100)), context());

        assertThat(NfeXml.outcomes(deserializer, NfeXml.raw("n", NfeXml.minimal().nfe()))).singleElement()
                .isInstanceOfSatisfying(ParseOutcome.Quarantined.class,
                        q -> assertThat(q.findings().get(0).code()).isEqualTo("XML_TOO_LARGE"));
    }

    @Test
    void create_withUnknownKey_failsNamingItsPath() {
        ConfigSection config = new ConfigSection("transform.deserializer", Map.of("maxDepht", 10));

        assertThatThrownBy(() -> new NfeXmlDeserializerFactory().create(config, context()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("transform.deserializer.maxDepht");
    }

    @Test
    void create_withNonPositiveLimit_failsNamingItsPath() {
        ConfigSection config = new ConfigSection("transform.deserializer", Map.of("maxGzipRatio", 0));

        assertThatThrownBy(() -> new NfeXmlDeserializerFactory().create(config, context()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("transform.deserializer.maxGzipRatio");
    }

    private static PluginContext context() {
        return new PluginContext("test", Clock.systemUTC(), name -> Optional.<Secret>empty());
    }
}
