package dev.nfe.core.spi;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A table's name and columns, in a format-neutral form that {@link LayerWriter}s map to their own schema
 * (Avro/Parquet for {@code parquet}).
 *
 * @param name lower snake_case table name ({@code nfe_item})
 * @param columns the columns in file order; names are unique
 */
public record Table(String name, List<Column> columns) {
    public Table {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        if (!name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("Cannot create table " + name + ": name must be lower snake_case");
        }
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("Cannot create table " + name + ": columns is empty");
        }
        Map<String, Column> seen = new HashMap<>();
        for (Column column : columns) {
            Column previous = seen.putIfAbsent(column.name(), column);
            if (previous != null) {
                throw new IllegalArgumentException("Cannot create table " + name + ": column " + column.name()
                        + " is defined twice (" + previous.xpath() + ", " + column.xpath() + ")");
            }
        }
    }

    /** The position of the column called {@code columnName}. */
    public int indexOf(String columnName) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(columnName)) {
                return i;
            }
        }
        throw new IllegalArgumentException("Table " + name + " has no column " + columnName);
    }
}
