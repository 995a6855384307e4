package dev.nfe.spark;

import dev.nfe.core.spi.Finding;
import dev.nfe.core.spi.MediaType;
import dev.nfe.core.spi.ParseOutcome;
import dev.nfe.core.spi.RawDocument;
import dev.nfe.core.spi.Severity;
import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Row;

/**
 * What the executors make of a silver batch's documents, in document order: for each document, that it was read,
 * then for each fiscal document in it either its silver rows and that it was mapped, or its quarantine entry.
 */
sealed interface Produced extends Serializable {

    /**
     * One silver row.
     *
     * @param table the table's position in {@link dev.nfe.core.silver.SilverTables#all()}
     * @param values its values, in the table's column order
     */
    record TableValues(int table, Row values) implements Produced {
    }

    /** A bronze document of {@code bytes} bytes was read. */
    record DocumentRead(long bytes) implements Produced {
    }

    /** A fiscal document went to silver with {@code warnings} warning findings. */
    record Mapped(int warnings) implements Produced {
    }

    /**
     * A fiscal document for quarantine: the document the deserializer named, and its findings.
     *
     * @param id the raw document's id
     * @param bytes its bytes
     * @param mediaType the name of its media type
     * @param source where it came from
     * @param fetchedAt when it was fetched
     * @param findings its findings, each as code, severity, path and message
     */
    record Quarantined(String id, byte[] bytes, String mediaType, String source, Instant fetchedAt,
            String[][] findings) implements Produced {

        static Quarantined of(ParseOutcome.Quarantined quarantined) {
            RawDocument raw = quarantined.document();
            String[][] findings = quarantined.findings().stream()
                    .map(finding -> new String[] {finding.code(), finding.severity().name(), finding.path(),
                        finding.message()})
                    .toArray(String[][]::new);
            return new Quarantined(raw.id(), raw.bytes(), raw.mediaType().name(), raw.source(), raw.fetchedAt(),
                    findings);
        }

        ParseOutcome.Quarantined outcome() {
            List<Finding> list = Arrays.stream(findings)
                    .map(values -> new Finding(values[0], Severity.valueOf(values[1]), values[2], values[3]))
                    .toList();
            return new ParseOutcome.Quarantined(
                    new RawDocument(id, bytes, MediaType.valueOf(mediaType), source, fetchedAt), list);
        }
    }
}
