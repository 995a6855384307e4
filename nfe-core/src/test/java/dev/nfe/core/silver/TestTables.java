package dev.nfe.core.silver;

import dev.nfe.core.spi.BatchTarget;
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
import java.util.Random;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/** Small tables covering every column type, and seeded rows for them. */
final class TestTables {
    static final LocalDate INGEST_DATE = LocalDate.of(2026, 1, 2);

    /** One column of every type; only {@code chave} and {@code n_item} are required. */
    static final Table ALL_TYPES = new Table("all_types", List.of(
            new Column("chave", ColumnType.TEXT, true, "/nfeProc/NFe/infNFe/@Id"),
            new Column("n_item", ColumnType.INT, true, "det/@nItem"),
            new Column("big", ColumnType.LONG, false, "test"),
            new Column("flag", ColumnType.BOOLEAN, false, "test"),
            new Column("v_prod", ColumnType.MONEY, false, "det/prod/vProd"),
            new Column("q_com", ColumnType.decimal(15, 4), false, "det/prod/qCom"),
            new Column("widest", ColumnType.decimal(38, 10), false, "test"),
            new Column("d_emi", ColumnType.DATE, false, "test"),
            new Column("dh_emi", ColumnType.TIMESTAMP, false, "ide/dhEmi"),
            new Column("x_nome", ColumnType.TEXT, false, "emit/xNome")));

    static final Table OTHER = new Table("other", List.of(
            new Column("chave", ColumnType.TEXT, true, "/nfeProc/NFe/infNFe/@Id"),
            new Column("v_nf", ColumnType.MONEY, true, "total/ICMSTot/vNF")));

    /** 40 columns, 8 of each of TEXT, MONEY, LONG, INT and TIMESTAMP: about 700 bytes a row in memory. */
    static final Table WIDE = wide();

    private TestTables() {
    }

    private static Table wide() {
        List<Column> columns = new ArrayList<>();
        ColumnType[] types = {ColumnType.TEXT, ColumnType.MONEY, ColumnType.LONG, ColumnType.INT, ColumnType.TIMESTAMP};
        for (int i = 0; i < 40; i++) {
            columns.add(new Column("c" + i, types[i % types.length], false, "test"));
        }
        return new Table("wide", columns);
    }

    /** Row {@code i} of {@link #WIDE}: varied values, so that dictionaries do not shrink it to nothing. */
    static Row wideRow(int i) {
        SplittableRandom random = new SplittableRandom(i);
        Object[] values = new Object[WIDE.columns().size()];
        for (int c = 0; c < values.length; c++) {
            values[c] = switch (WIDE.columns().get(c).type().kind()) {
                case TEXT -> "produto " + random.nextInt(1_000_000) + " lote " + random.nextInt(1_000_000);
                case DECIMAL -> BigDecimal.valueOf(random.nextLong(1_000_000_000L), 2);
                case LONG -> random.nextLong();
                case INT -> random.nextInt();
                case TIMESTAMP -> Instant.ofEpochSecond(1_700_000_000L + random.nextInt(100_000_000));
                default -> throw new IllegalStateException();
            };
        }
        return Row.of(values);
    }

    static BatchTarget target(String batchId, Table... tables) {
        return new BatchTarget("silver", batchId, INGEST_DATE, List.of(tables));
    }

    /** Row {@code i} of {@link #ALL_TYPES}, varied by a seed, with nulls in every optional column now and then. */
    static Row allTypesRow(long seed, int i) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003 + i);
        boolean nulls = i % 7 == 3;
        return Row.of(
                "3526" + String.format("%040d", i),
                i,
                nulls ? null : random.nextLong(),
                nulls ? null : random.nextBoolean(),
                nulls ? null : BigDecimal.valueOf(random.nextLong(-10_000_000_00L, 10_000_000_00L), 2),
                nulls ? null : BigDecimal.valueOf(random.nextLong(-1_000_000_000_0000L, 1_000_000_000_0000L), 4),
                nulls ? null : new BigDecimal(new BigInteger(120, new Random(random.nextLong())), 10),
                nulls ? null : LocalDate.ofEpochDay(random.nextInt(-30_000, 30_000)),
                nulls ? null : Instant.ofEpochSecond(random.nextLong(-2_000_000_000L, 4_000_000_000L), random.nextInt(1_000_000) * 1_000L),
                nulls ? null : "Emitente " + random.nextInt(1000) + " Ltda. – ção");
    }

    static List<Row> allTypesRows(long seed, int count) {
        List<Row> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            rows.add(allTypesRow(seed, i));
        }
        return rows;
    }

    static Stream<Row> otherRows(int count) {
        return Stream.iterate(0, i -> i + 1).limit(count)
                .map(i -> Row.of("3526" + String.format("%040d", i), new BigDecimal(i + ".25")));
    }
}
