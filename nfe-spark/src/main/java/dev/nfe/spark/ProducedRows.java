package dev.nfe.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nfe.core.silver.SilverTables;
import dev.nfe.core.spi.Finding;
import dev.nfe.core.spi.MediaType;
import dev.nfe.core.spi.ParseOutcome;
import dev.nfe.core.spi.RawDocument;
import dev.nfe.core.spi.Severity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * What the executors make of a silver batch's documents, as rows in document order, which {@link TableSlots} splits
 * by table: for each document, a row saying it was read, then for each fiscal
 * document in it either its silver rows followed by a row saying it was mapped, or a row with its quarantine entry.
 * Fields: {@code kind}, {@code ordinal} (the document's position), {@code seq} (the row's within the document),
 * {@code table} (a silver row's table in {@link SilverTables#all()}), {@code value} (a size or a count) and the
 * payload: the silver row's values in its table's column order, or the quarantine entry.
 */
final class ProducedRows {
    /** A silver row. */
    static final int ROW = 0;
    /** A bronze document was read; {@code value} is its size. */
    static final int READ = 1;
    /** A fiscal document went to silver; {@code value} is its warning count. */
    static final int MAPPED = 2;
    /** A fiscal document goes to quarantine; the payload holds it. */
    static final int REJECTED = 3;
    /** After a partition's documents: its silver row count per table, in {@link SilverTables#all()}'s order. */
    static final int COUNTS = 4;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<List<String>>> FINDINGS = new TypeReference<>() { };
    private static final int FIXED = 5;
    private static final int PAYLOAD = 5;

    private ProducedRows() {
    }

    static int kind(Row row) {
        return row.getInt(0);
    }

    static int table(Row row) {
        return row.getInt(3);
    }

    static long value(Row row) {
        return row.getLong(4);
    }

    /** A silver row's values, in its table's column order. */
    static Row values(Row row) {
        return row.getStruct(PAYLOAD);
    }

    static Row read(long ordinal, long bytes) {
        return row(READ, ordinal, 0, -1, bytes);
    }

    static Row counts(List<Long> rowsPerTable) {
        Object[] row = fixed(COUNTS, Long.MAX_VALUE, 0, -1, 0);
        row[PAYLOAD] = RowFactory.create(rowsPerTable.toArray());
        return RowFactory.create(row);
    }

    /** The row counts per table of a {@link #COUNTS} row. */
    static long[] counts(Row row) {
        Row counts = row.getStruct(PAYLOAD);
        long[] values = new long[counts.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = counts.getLong(i);
        }
        return values;
    }

    static Row mapped(long ordinal, int seq, int warnings) {
        return row(MAPPED, ordinal, seq, -1, warnings);
    }

    static Row silverRow(long ordinal, int seq, int table, dev.nfe.core.spi.Row values) {
        Object[] fields = new Object[values.size()];
        for (int i = 0; i < fields.length; i++) {
            fields[i] = values.get(i);
        }
        Object[] row = fixed(ROW, ordinal, seq, table, 0);
        row[PAYLOAD] = RowFactory.create(fields);
        return RowFactory.create(row);
    }

    static Row rejected(long ordinal, int seq, ParseOutcome.Quarantined quarantined) {
        RawDocument raw = quarantined.document();
        List<List<String>> findings = new ArrayList<>();
        for (Finding finding : quarantined.findings()) {
            findings.add(List.of(finding.code(), finding.severity().name(), finding.path(), finding.message()));
        }
        Object[] row = fixed(REJECTED, ordinal, seq, -1, 0);
        try {
            row[PAYLOAD] = RowFactory.create(raw.id(), raw.bytes(), raw.mediaType().name(),
                    raw.source(), raw.fetchedAt().toString(), JSON.writeValueAsString(findings));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the findings of document " + raw.id() + " as JSON", e);
        }
        return RowFactory.create(row);
    }

    /** The quarantine entry of a {@link #REJECTED} row. */
    static ParseOutcome.Quarantined quarantined(Row row) {
        Row entry = row.getStruct(PAYLOAD);
        List<Finding> findings = new ArrayList<>();
        try {
            for (List<String> values : JSON.readValue(entry.getString(5), FINDINGS)) {
                findings.add(new Finding(values.get(0), Severity.valueOf(values.get(1)), values.get(2),
                        values.get(3)));
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot read the findings of document " + entry.getString(0), e);
        }
        RawDocument raw = new RawDocument(entry.getString(0), (byte[]) entry.get(1),
                MediaType.valueOf(entry.getString(2)), entry.getString(3), Instant.parse(entry.getString(4)));
        return new ParseOutcome.Quarantined(raw, findings);
    }

    private static Row row(int kind, long ordinal, int seq, int table, long value) {
        return RowFactory.create(fixed(kind, ordinal, seq, table, value));
    }

    private static Object[] fixed(int kind, long ordinal, int seq, int table, long value) {
        Object[] row = new Object[PAYLOAD + 1];
        row[0] = kind;
        row[1] = ordinal;
        row[2] = seq;
        row[3] = table;
        row[4] = value;
        return row;
    }
}
