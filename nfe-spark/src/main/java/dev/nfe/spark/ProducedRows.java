package dev.nfe.spark;

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
 * by table: for each document, a row saying it was read, then for each fiscal document in it either its silver rows
 * followed by a row saying it was mapped, or a row with its quarantine entry. Fields: {@code kind}, {@code table} (a
 * silver row's table in {@link SilverTables#all()}), {@code value} (a size or a count) and the payload: the silver
 * row's values in its table's column order, the quarantine entry, or the row counts per table.
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

    private static final int PAYLOAD = 3;

    private ProducedRows() {
    }

    static int kind(Row row) {
        return row.getInt(0);
    }

    static int table(Row row) {
        return row.getInt(1);
    }

    static long value(Row row) {
        return row.getLong(2);
    }

    /** A silver row's values, in its table's column order. */
    static Row values(Row row) {
        return row.getStruct(PAYLOAD);
    }

    static Row read(long bytes) {
        return RowFactory.create(READ, -1, bytes, null);
    }

    static Row mapped(int warnings) {
        return RowFactory.create(MAPPED, -1, (long) warnings, null);
    }

    static Row silverRow(int table, dev.nfe.core.spi.Row values) {
        Object[] fields = new Object[values.size()];
        for (int i = 0; i < fields.length; i++) {
            fields[i] = values.get(i);
        }
        return RowFactory.create(ROW, table, 0L, RowFactory.create(fields));
    }

    static Row counts(long[] rowsPerTable) {
        Object[] counts = new Object[rowsPerTable.length];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = rowsPerTable[i];
        }
        return RowFactory.create(COUNTS, -1, 0L, RowFactory.create(counts));
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

    static Row rejected(ParseOutcome.Quarantined quarantined) {
        RawDocument raw = quarantined.document();
        Object[] findings = quarantined.findings().stream()
                .map(finding -> RowFactory.create(finding.code(), finding.severity().name(), finding.path(),
                        finding.message()))
                .toArray();
        Row entry = RowFactory.create(raw.id(), raw.bytes(), raw.mediaType().name(), raw.source(), raw.fetchedAt(),
                RowFactory.create(findings));
        return RowFactory.create(REJECTED, -1, 0L, entry);
    }

    /** The quarantine entry of a {@link #REJECTED} row. */
    static ParseOutcome.Quarantined quarantined(Row row) {
        Row entry = row.getStruct(PAYLOAD);
        Row findings = entry.getStruct(5);
        List<Finding> list = new ArrayList<>(findings.size());
        for (int i = 0; i < findings.size(); i++) {
            Row finding = findings.getStruct(i);
            list.add(new Finding(finding.getString(0), Severity.valueOf(finding.getString(1)), finding.getString(2),
                    finding.getString(3)));
        }
        RawDocument raw = new RawDocument(entry.getString(0), (byte[]) entry.get(1),
                MediaType.valueOf(entry.getString(2)), entry.getString(3), (Instant) entry.get(4));
        return new ParseOutcome.Quarantined(raw, list);
    }
}
