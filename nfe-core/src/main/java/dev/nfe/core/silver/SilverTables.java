package dev.nfe.core.silver;

import dev.nfe.core.spi.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The silver tables, in a fixed order: {@code nfe}, its item tables, its payment, billing, transport and reference
 * tables, then {@code nfe_event}, {@code nfe_summary}, {@code nfe_event_summary}, and {@code nfe_unmapped} (the
 * elements of any document that no column holds, as raw XML). SCHEMA.md documents every
 * column; a table only ever gains new optional columns.
 */
public final class SilverTables {

    private static final List<Table> ALL = collect();

    private SilverTables() {
    }

    /** Every silver table, in the fixed order. */
    public static List<Table> all() {
        return ALL;
    }

    /** The silver table called {@code name}, if there is one. */
    public static Optional<Table> named(String name) {
        return ALL.stream().filter(table -> table.name().equals(name)).findFirst();
    }

    private static List<Table> collect() {
        List<Table> tables = new ArrayList<>();
        SilverRows.NFE_MAPPERS.forEach(mapper -> tables.add(mapper.table()));
        tables.add(SilverRows.EVENT_MAPPER.table());
        tables.add(SilverRows.SUMMARY_MAPPER.table());
        tables.add(SilverRows.EVENT_SUMMARY_MAPPER.table());
        tables.add(SilverRows.UNMAPPED_MAPPER.table());
        return List.copyOf(tables);
    }
}
