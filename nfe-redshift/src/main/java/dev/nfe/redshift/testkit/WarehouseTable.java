package dev.nfe.redshift.testkit;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A target table of the test warehouse, read back for assertions:
 * {@code assertThat(warehouse.table("sales_by_item").rows()).hasSize(3)}.
 */
public final class WarehouseTable {
    private final NfeWarehouse.Running warehouse;
    private final String name;

    WarehouseTable(NfeWarehouse.Running warehouse, String name) {
        this.warehouse = Objects.requireNonNull(warehouse, "warehouse");
        this.name = Objects.requireNonNull(name, "name");
    }

    /**
     * Every row, each a map from column name to value in column order, sorted by all columns. Values are the
     * driver's ({@code BigDecimal} at the column's scale, {@code String}, {@code Integer} …), except that timestamps
     * are {@link java.time.Instant}s and dates {@link java.time.LocalDate}s.
     */
    public List<Map<String, Object>> rows() {
        return warehouse.tableRows(name);
    }

    /** The number of rows. */
    public long count() {
        return rows().size();
    }

    @Override
    public String toString() {
        return "WarehouseTable[" + name + "]";
    }
}
