package dev.nfe.redshift;

import dev.nfe.core.silver.ParquetLayerWriterFactory;
import dev.nfe.core.spi.Batch;
import dev.nfe.core.spi.BatchTarget;
import dev.nfe.core.spi.BatchWriter;
import dev.nfe.core.spi.Column;
import dev.nfe.core.spi.ColumnType;
import dev.nfe.core.spi.ConfigSection;
import dev.nfe.core.spi.LayerWriter;
import dev.nfe.core.spi.PluginContext;
import dev.nfe.core.spi.Row;
import dev.nfe.core.spi.Storage;
import dev.nfe.core.spi.Table;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A small silver schema (documents, items, events) and batches of it written as Parquet, for loader tests. */
final class SilverFixture {
    static final LocalDate INGEST_DATE = LocalDate.of(2026, 1, 2);
    static final PluginContext CONTEXT = new PluginContext("test", Clock.systemUTC(), name -> Optional.empty());

    static final Table NFE = new Table("nfe", List.of(
            new Column("chave", ColumnType.TEXT, true, "chave"),
            new Column("batch_id", ColumnType.TEXT, true, "lineage"),
            new Column("source", ColumnType.TEXT, true, "lineage"),
            new Column("emit_uf", ColumnType.TEXT, false, "emit/enderEmit/UF"),
            new Column("icms_tot_v_nf", ColumnType.MONEY, false, "total/ICMSTot/vNF"),
            new Column("prot_nfe_dh_recbto", ColumnType.TIMESTAMP, false, "protNFe/infProt/dhRecbto")));
    static final Table ITEM = new Table("nfe_item", List.of(
            new Column("chave", ColumnType.TEXT, true, "chave"),
            new Column("n_item", ColumnType.INT, true, "det/@nItem"),
            new Column("batch_id", ColumnType.TEXT, true, "lineage"),
            new Column("source", ColumnType.TEXT, true, "lineage"),
            new Column("prod_c_prod", ColumnType.TEXT, false, "det/prod/cProd"),
            new Column("prod_cfop", ColumnType.TEXT, false, "det/prod/CFOP"),
            new Column("prod_q_com", ColumnType.decimal(15, 4), false, "det/prod/qCom"),
            new Column("prod_v_prod", ColumnType.MONEY, false, "det/prod/vProd")));
    static final Table EVENT = new Table("nfe_event", List.of(
            new Column("chave", ColumnType.TEXT, true, "chave"),
            new Column("batch_id", ColumnType.TEXT, true, "lineage"),
            new Column("source", ColumnType.TEXT, true, "lineage"),
            new Column("tp_evento", ColumnType.TEXT, false, "infEvento/tpEvento"),
            new Column("n_seq_evento", ColumnType.INT, false, "infEvento/nSeqEvento"),
            new Column("dh_evento", ColumnType.TIMESTAMP, false, "infEvento/dhEvento")));
    static final List<Table> TABLES = List.of(NFE, ITEM, EVENT);

    private final Storage storage;
    private final LayerWriter writer = new ParquetLayerWriterFactory().create(ConfigSection.empty("w"), CONTEXT);

    SilverFixture(Storage storage) {
        this.storage = storage;
    }

    Storage storage() {
        return storage;
    }

    LayerWriter writer() {
        return writer;
    }

    /** Starts a batch called {@code id}. */
    BatchBuilder batch(String id) {
        return new BatchBuilder(id);
    }

    /** Collects a batch's rows. */
    final class BatchBuilder {
        private final String id;
        private final Map<Table, List<Row>> rows = new LinkedHashMap<>();

        private BatchBuilder(String id) {
            this.id = id;
            TABLES.forEach(table -> rows.put(table, new ArrayList<>()));
        }

        /** A document with one item per value of {@code itemValues}, received at {@code protocol}. */
        BatchBuilder document(String chave, String uf, Instant protocol, String... itemValues) {
            BigDecimal total = BigDecimal.ZERO.setScale(2);
            for (int i = 0; i < itemValues.length; i++) {
                BigDecimal value = new BigDecimal(itemValues[i]);
                total = total.add(value);
                rows.get(ITEM).add(Row.of(chave, i + 1, id, "test", "P" + (i + 1), "5102", new BigDecimal("1.0000"), value));
            }
            rows.get(NFE).add(Row.of(chave, id, "test", uf, total, protocol));
            return this;
        }

        /** A cancellation (110111) of {@code chave}. */
        BatchBuilder cancellation(String chave, Instant at) {
            rows.get(EVENT).add(Row.of(chave, id, "test", "110111", 1, at));
            return this;
        }

        /** A correction letter (CC-e, 110110) of {@code chave}. */
        BatchBuilder correction(String chave, Instant at) {
            rows.get(EVENT).add(Row.of(chave, id, "test", "110110", 1, at));
            return this;
        }

        /** Writes and commits the batch to the silver layer. */
        Batch commit() {
            try (BatchWriter out = writer.open(storage, new BatchTarget("silver", id, INGEST_DATE, TABLES))) {
                rows.forEach((table, tableRows) -> tableRows.forEach(row -> out.write(table, row)));
                return out.commit();
            }
        }
    }
}
