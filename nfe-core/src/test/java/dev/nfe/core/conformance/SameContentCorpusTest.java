package dev.nfe.core.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nfe.core.config.PluginRegistry;
import dev.nfe.core.silver.DocumentVersion;
import dev.nfe.core.silver.SilverRows;
import dev.nfe.core.spi.ConfigSection;
import dev.nfe.core.spi.Deserializer;
import dev.nfe.core.spi.DeserializerFactory;
import dev.nfe.core.spi.Finding;
import dev.nfe.core.spi.MediaType;
import dev.nfe.core.spi.ParseOutcome;
import dev.nfe.core.spi.PluginContext;
import dev.nfe.core.spi.RawDocument;
import dev.nfe.core.spi.Row;
import dev.nfe.core.spi.Table;
import dev.nfe.core.testing.NfeCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

/**
 * Same content, same rows: every valid XML document of the corpus, written in each {@link ContentVariant} (byte
 * order mark, no declaration, ISO-8859-1, prefixed namespace, pretty-printed, minified, CR LF, gzip), goes through
 * the deserializer, the validation and the silver mapping a transform uses, and gives exactly the rows of the
 * original, lineage aside. Signatures are not verified, so a re-serialised signed document still reads.
 */
class SameContentCorpusTest {
    /**
     * The columns that differ by construction between two files of one content: the version's hash is the bronze
     * file's, and the batch and source are where the file was read.
     */
    private static final Set<String> LINEAGE = Set.of("doc_hash", "batch_id", "source");

    private static final PluginContext CONTEXT = new PluginContext("same-content",
            Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC), name -> Optional.empty());

    @Test
    void deserialize_everyVariantOfEveryValidDocument_givesTheRowsOfTheOriginal(TestReporter reporter)
            throws IOException {
        List<NfeCorpus.Entry> documents = NfeCorpus.require().documents().stream()
                .filter(NfeCorpus.Entry::isValid)
                .filter(entry -> !entry.isJson())
                .toList();
        Deserializer deserializer = PluginRegistry.load(DeserializerFactory.class)
                .factory("transform.deserializer.type", "nfe-xml")
                .create(ConfigSection.empty("transform.deserializer"), CONTEXT);
        Map<ContentVariant, int[]> tally = new EnumMap<>(ContentVariant.class);
        List<String> mismatches = new ArrayList<>();

        for (NfeCorpus.Entry entry : documents) {
            byte[] original = Files.readAllBytes(entry.file());
            List<String> expected = rows(deserializer, entry, original);
            assertThat(expected).as("rows of %s", entry).isNotEmpty().noneMatch(row -> row.startsWith("quarantined"));
            for (ContentVariant variant : ContentVariant.values()) {
                int[] counts = tally.computeIfAbsent(variant, v -> new int[3]);
                Optional<byte[]> bytes = variant.of(original);
                if (bytes.isEmpty()) {
                    counts[2]++;
                    continue;
                }
                List<String> actual = rows(deserializer, entry, bytes.get());
                if (actual.equals(expected)) {
                    counts[0]++;
                } else {
                    counts[1]++;
                    mismatches.add(entry + " as " + variant + ": " + firstDifference(expected, actual));
                }
            }
        }

        StringBuilder figure = new StringBuilder();
        int identical = 0;
        int total = 0;
        for (Map.Entry<ContentVariant, int[]> kind : tally.entrySet()) {
            int[] counts = kind.getValue();
            identical += counts[0];
            total += counts[0] + counts[1];
            figure.append(kind.getKey()).append(' ').append(counts[0]).append('/').append(counts[0] + counts[1])
                    .append(counts[2] > 0 ? " (skipped " + counts[2] + ": not representable)" : "").append("; ");
        }
        reporter.publishEntry("identical", identical + "/" + total + " over " + documents.size() + " documents: "
                + figure);
        assertThat(mismatches).as("variants whose rows differ (%d/%d identical: %s)", identical, total, figure)
                .isEmpty();
        assertThat(total).isGreaterThan(0);
    }

    /** Every silver row the transform would write for {@code bytes}, lineage columns left out, as text. */
    private static List<String> rows(Deserializer deserializer, NfeCorpus.Entry entry, byte[] bytes) {
        RawDocument raw = new RawDocument(entry.file().getFileName().toString(), bytes, MediaType.XML,
                entry.localPath(), CONTEXT.clock().instant());
        DocumentVersion version = DocumentVersion.of(sha256(bytes), raw.openStream());
        List<String> rows = new ArrayList<>();
        deserializer.deserialize(raw, outcome -> {
            if (outcome instanceof ParseOutcome.Parsed parsed) {
                SilverRows.emit(parsed.document(), version, "b-same-content", parsed.source(),
                        (table, row) -> rows.add(withoutLineage(table, row)));
            } else {
                rows.add("quarantined " + outcome.findings().stream().map(Finding::code).toList());
            }
        });
        return rows;
    }

    private static String withoutLineage(Table table, Row row) {
        StringBuilder text = new StringBuilder(table.name());
        for (int i = 0; i < row.size(); i++) {
            String column = table.columns().get(i).name();
            if (!LINEAGE.contains(column)) {
                text.append(" | ").append(column).append('=').append(row.get(i));
            }
        }
        return text.toString();
    }

    private static String firstDifference(List<String> expected, List<String> actual) {
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            if (!expected.get(i).equals(actual.get(i))) {
                return "row " + i + " expected <" + expected.get(i) + "> but was <" + actual.get(i) + ">";
            }
        }
        return "expected " + expected.size() + " rows, got " + actual.size();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
