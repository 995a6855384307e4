package dev.nfe.core.silver;

import dev.nfe.core.spi.Row;
import dev.nfe.core.spi.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A {@link RowSink} that keeps what it receives, for assertions. */
final class CapturedRows implements RowSink {

    /** One received row with its table. */
    record Received(Table table, Row row) {
    }

    private final List<Received> received = new ArrayList<>();

    @Override
    public void accept(Table table, Row row) {
        received.add(new Received(table, row));
    }

    List<Received> all() {
        return List.copyOf(received);
    }

    /** The names of the tables of the received rows, in order. */
    List<String> tableNames() {
        return received.stream().map(r -> r.table().name()).toList();
    }

    /** The rows of {@code table}, each as a column → value map of its non-null values, in column order. */
    List<Map<String, Object>> rows(String table) {
        return received.stream().filter(r -> r.table().name().equals(table)).map(r -> asMap(r.table(), r.row())).toList();
    }

    /** The only row of {@code table}. */
    Map<String, Object> single(String table) {
        List<Map<String, Object>> rows = rows(table);
        if (rows.size() != 1) {
            throw new AssertionError("Expected one row of " + table + ", got " + rows.size());
        }
        return rows.get(0);
    }

    static Map<String, Object> asMap(Table table, Row row) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < row.size(); i++) {
            if (row.get(i) != null) {
                values.put(table.columns().get(i).name(), row.get(i));
            }
        }
        return values;
    }
}
