package dev.nfe.core.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nfe.core.config.PluginRegistry;
import dev.nfe.core.spi.ConfigSection;
import dev.nfe.core.spi.Deserializer;
import dev.nfe.core.spi.DeserializerFactory;
import dev.nfe.core.spi.Finding;
import dev.nfe.core.spi.MediaType;
import dev.nfe.core.spi.ParseOutcome;
import dev.nfe.core.spi.PluginContext;
import dev.nfe.core.spi.RawDocument;
import dev.nfe.core.spi.SecretProvider;
import dev.nfe.core.testing.NfeCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every document of the shared corpus through the deserializers a pipeline uses, against the manifest's verdict:
 * documents marked {@code valid} parse with no error-level finding, documents marked {@code invalid} are quarantined.
 */
class CorpusConformanceTest {
    private static final PluginContext CONTEXT = new PluginContext("conformance",
            Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC), name -> Optional.empty());

    static Stream<NfeCorpus.Entry> validDocuments() {
        return NfeCorpus.require().documents().stream().filter(NfeCorpus.Entry::isValid);
    }

    static Stream<NfeCorpus.Entry> invalidDocuments() {
        return NfeCorpus.require().documents().stream().filter(entry -> !entry.isValid());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validDocuments")
    void deserialize_whenManifestSaysValid_keepsEveryDocumentWithoutErrors(NfeCorpus.Entry entry) throws IOException {
        List<ParseOutcome> outcomes = deserialize(entry);

        assertThat(outcomes).isNotEmpty();
        assertThat(outcomes)
                .as("findings: %s", findings(outcomes))
                .allSatisfy(outcome -> assertThat(outcome).isInstanceOf(ParseOutcome.Parsed.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidDocuments")
    void deserialize_whenManifestSaysInvalid_quarantinesIt(NfeCorpus.Entry entry) throws IOException {
        List<ParseOutcome> outcomes = deserialize(entry);

        assertThat(outcomes)
                .as("manifest note: %s", entry.note())
                .anySatisfy(outcome -> assertThat(outcome).isInstanceOf(ParseOutcome.Quarantined.class));
    }

    @Test
    void corpus_holdsBothVerdicts() {
        List<NfeCorpus.Entry> documents = NfeCorpus.require().documents();

        assertThat(documents).anyMatch(NfeCorpus.Entry::isValid).anyMatch(entry -> !entry.isValid());
    }

    private static List<ParseOutcome> deserialize(NfeCorpus.Entry entry) throws IOException {
        String type = entry.isJson() ? "nfe-json" : "nfe-xml";
        Deserializer deserializer = PluginRegistry.load(DeserializerFactory.class)
                .factory("transform.deserializer.type", type)
                .create(ConfigSection.empty("transform.deserializer"), CONTEXT);
        RawDocument raw = new RawDocument(entry.file().getFileName().toString(), Files.readAllBytes(entry.file()),
                entry.isJson() ? MediaType.JSON : MediaType.XML, entry.localPath(), CONTEXT.clock().instant());
        List<ParseOutcome> outcomes = new ArrayList<>();
        deserializer.deserialize(raw, outcomes::add);
        return outcomes;
    }

    private static List<Finding> findings(List<ParseOutcome> outcomes) {
        return outcomes.stream().flatMap(outcome -> outcome.findings().stream()).toList();
    }
}
