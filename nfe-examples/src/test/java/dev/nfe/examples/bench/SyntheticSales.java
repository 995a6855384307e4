package dev.nfe.examples.bench;

import dev.nfe.core.silver.SilverTables;
import dev.nfe.core.spi.Column;
import dev.nfe.core.spi.ColumnType;
import dev.nfe.core.spi.Row;
import dev.nfe.core.spi.Table;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Seeded silver rows of {@code nfe} and {@code nfe_item} for load benchmarks: the columns the sales rules read get
 * plausible values, the other required columns a value of their type, the optional ones NULL. Much faster to make
 * than parsing generated XML, so the benchmark measures loading only.
 *
 * @param nfe the document rows
 * @param items the item rows
 */
record SyntheticSales(List<Row> nfe, List<Row> items) {
    static final Table NFE = SilverTables.named("nfe").orElseThrow();
    static final Table ITEM = SilverTables.named("nfe_item").orElseThrow();
    private static final String[] UFS = {"SP", "RJ", "MG", "PR", "RS", "BA", "PE", "SC", "GO", "DF"};
    private static final String[] CFOPS = {"5102", "5405", "6102", "6108", "5101", "5949"};
    private static final Instant BASE = Instant.parse("2026-01-02T12:00:00Z");

    SyntheticSales {
        nfe = List.copyOf(nfe);
        items = List.copyOf(items);
    }

    /** {@code documents} documents of {@code itemsPerDocument} items each, for batch {@code batchId}. */
    static SyntheticSales generate(int documents, int itemsPerDocument, String batchId, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Row> nfe = new ArrayList<>(documents);
        List<Row> items = new ArrayList<>(documents * itemsPerDocument);
        for (int d = 0; d < documents; d++) {
            String chave = String.format(Locale.ROOT, "35260112345678000195550010%09d1%08d", d, d).substring(0, 44);
            Instant issued = BASE.plusSeconds(d);
            BigDecimal total = BigDecimal.ZERO.setScale(2);
            for (int i = 1; i <= itemsPerDocument; i++) {
                BigDecimal value = BigDecimal.valueOf(100 + random.nextInt(1_000_000), 2);
                total = total.add(value);
                items.add(row(ITEM, Map.of("chave", chave, "n_item", i, "batch_id", batchId,
                        "prod_c_prod", "P" + random.nextInt(5_000), "prod_x_prod", "Produto " + random.nextInt(5_000),
                        "prod_cfop", CFOPS[random.nextInt(CFOPS.length)], "prod_q_com", new BigDecimal("1.0000"),
                        "prod_v_prod", value)));
            }
            nfe.add(row(NFE, Map.of("chave", chave, "batch_id", batchId, "ide_mod", 55, "ide_tp_nf", "1",
                    "ide_dh_emi", issued, "emit_uf", UFS[random.nextInt(UFS.length)], "emit_cnpj", "12345678000195",
                    "icms_tot_v_nf", total, "prot_nfe_dh_recbto", issued.plusSeconds(30), "prot_nfe_c_stat", "100")));
        }
        return new SyntheticSales(nfe, items);
    }

    private static Row row(Table table, Map<String, Object> given) {
        Object[] values = new Object[table.columns().size()];
        for (int c = 0; c < values.length; c++) {
            Column column = table.columns().get(c);
            Object value = given.get(column.name());
            if (value == null && column.required()) {
                value = filler(column);
            }
            values[c] = value;
        }
        return Row.of(values);
    }

    private static Object filler(Column column) {
        ColumnType type = column.type();
        return switch (type.kind()) {
            case TEXT -> column.name().equals("source") ? "bench" : "1";
            case INT -> 1;
            case LONG -> 1L;
            case BOOLEAN -> Boolean.FALSE;
            case DECIMAL -> new BigDecimal(BigInteger.ONE, type.scale());
            case DATE -> LocalDate.of(2026, 1, 2);
            case TIMESTAMP -> BASE;
        };
    }
}
