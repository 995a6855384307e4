package dev.nfe.examples.bench;

import dev.nfe.core.silver.ManifestLayerReader;
import dev.nfe.core.silver.ParquetLayerWriterFactory;
import dev.nfe.core.silver.SilverTables;
import dev.nfe.core.spi.Batch;
import dev.nfe.core.spi.BatchTarget;
import dev.nfe.core.spi.BatchWriter;
import dev.nfe.core.spi.ConfigSection;
import dev.nfe.core.spi.LayerWriter;
import dev.nfe.core.spi.PluginContext;
import dev.nfe.core.spi.Row;
import dev.nfe.core.spi.Table;
import dev.nfe.core.storage.LocalStorage;
import dev.nfe.redshift.EmbeddedPostgres;
import dev.nfe.redshift.JdbcLoader;
import dev.nfe.redshift.LoadRule;
import dev.nfe.redshift.SetupScript;
import dev.nfe.redshift.Warehouse;
import dev.nfe.redshift.dialect.CopyStdinStager;
import dev.nfe.redshift.dialect.PostgresDialect;
import dev.nfe.redshift.dialect.SqlIdentifier;
import dev.nfe.redshift.dialect.SqlStatement;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Load throughput of the {@code jdbc} loader next to a raw {@code COPY FROM STDIN} of the same rows, measured in one
 * run on one embedded PostgreSQL. The loader stages {@code nfe} and {@code nfe_item} from the silver Parquet, runs the
 * four example rules (registered events, merge into {@code sales_by_item}, two recomputed aggregates) and writes its load log row,
 * in one transaction; the baseline copies the same rows, every column, from memory into temporary tables of the same
 * shape in one transaction. The loader stages only the columns its rules name, so two more copies tell its own cost
 * from its rules': its staging step alone (those columns, read from the silver Parquet) and a raw copy of those
 * columns from memory. Each is run {@code runs} times on a fresh schema and the median is reported.
 *
 * <pre>{@code mvn -B -q -pl nfe-examples -am verify -DskipTests -Pbench -Dbench=LoadBenchmark -Dbench.args="100000 3"}</pre>
 */
public final class LoadBenchmark {
    private static final int ITEMS_PER_DOCUMENT = 5;
    private static final LocalDate INGEST_DATE = LocalDate.of(2026, 1, 2);
    private static final List<String> RULES = List.of("sql/nfe_event_registered.sql", "sql/sales_by_item.sql",
            "sql/sales_by_cfop.sql", "sql/sales_by_uf.sql");

    private final PrintStream out;

    private LoadBenchmark(PrintStream out) {
        this.out = out;
    }

    /** Arguments: items (default 100000), runs (default 3). */
    public static void main(String[] args) throws Exception {
        int items = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        new LoadBenchmark(System.out).run(items, runs);
    }

    private void run(int items, int runs) throws IOException, SQLException {
        Path directory = Files.createTempDirectory("nfe-load-benchmark");
        try {
            measure(directory, items, runs);
        } finally {
            Folders.delete(directory);
        }
    }

    /** Writes the silver batch, starts the warehouse and measures the loads, all under {@code directory}. */
    private void measure(Path directory, int items, int runs) throws IOException, SQLException {
        LocalStorage lake = new LocalStorage(directory.resolve("lake"));
        PluginContext context = new PluginContext("bench", Clock.systemUTC(), name -> Optional.empty());
        LayerWriter writer = new ParquetLayerWriterFactory().create(ConfigSection.empty("writer"), context);
        int documents = items / ITEMS_PER_DOCUMENT;
        SyntheticSales sales = SyntheticSales.generate(documents, ITEMS_PER_DOCUMENT, "bench-1", 42);
        long writeStart = System.nanoTime();
        Batch batch = writeSilver(lake, writer, sales);
        Duration silverWrite = Duration.ofNanos(System.nanoTime() - writeStart);
        try (EmbeddedPostgres postgres = EmbeddedPostgres.start(directory.resolve("postgres"))) {
            Warehouse warehouse = () -> new Warehouse.Session() {
                @Override
                public Connection connect() throws SQLException {
                    return postgres.connect();
                }

                @Override
                public void close() {
                    // The benchmark stops the server at the end.
                }
            };
            warmUp(warehouse, lake, writer, postgres);
            ManifestLayerReader silver = new ManifestLayerReader(lake, batch.layer());
            List<Duration> loads = new ArrayList<>();
            List<Duration> copies = new ArrayList<>();
            List<Duration> stagings = new ArrayList<>();
            List<Duration> stagedCopies = new ArrayList<>();
            List<Table> staged = List.of();
            for (int run = 0; run < runs; run++) {
                String schema = "bench_" + run;
                resetSchema(postgres, schema);
                JdbcLoader loader = loader(warehouse, lake, schema).build();
                loader.prepare();
                long start = System.nanoTime();
                loader.load(List.of(batch));
                loads.add(Duration.ofNanos(System.nanoTime() - start));
                staged = salesTables(loader.stagingTables());
                copies.add(rawCopy(postgres, sales, List.of(SyntheticSales.NFE, SyntheticSales.ITEM)));
                stagedCopies.add(rawCopy(postgres, sales, staged));
                stagings.add(copy(postgres, staged, table -> silver.rows(batch, table)));
            }
            resetSchema(postgres, "bench_gold");
            JdbcLoader withGold = loader(warehouse, lake, "bench_gold").gold(writer, "gold").build();
            withGold.prepare();
            long goldStart = System.nanoTime();
            withGold.load(List.of(batch));
            Duration loadWithGold = Duration.ofNanos(System.nanoTime() - goldStart);
            report(items, documents, silverWrite, median(loads), median(copies), median(stagings),
                    median(stagedCopies), staged, loadWithGold, runs);
        }
    }

    private static JdbcLoader.Builder loader(Warehouse warehouse, LocalStorage lake, String schema) {
        return JdbcLoader.builder(warehouse, PostgresDialect.forVersion(14),
                        new CopyStdinStager((b, table) -> new ManifestLayerReader(lake, b.layer()).rows(b, table)), lake)
                .schema(SqlIdentifier.of(schema))
                .setup(List.of(SetupScript.load("sql/schema.sql")))
                .rules(RULES.stream().map(LoadRule::load).toList());
    }

    private static Batch writeSilver(LocalStorage lake, LayerWriter writer, SyntheticSales sales) {
        try (BatchWriter batch = writer.open(lake, new BatchTarget("silver", "bench-1", INGEST_DATE,
                List.of(SyntheticSales.NFE, SyntheticSales.ITEM)))) {
            sales.nfe().forEach(row -> batch.write(SyntheticSales.NFE, row));
            sales.items().forEach(row -> batch.write(SyntheticSales.ITEM, row));
            return batch.commit();
        }
    }

    /** A small load and copy first, so that class loading and JIT compilation are not measured. */
    private void warmUp(Warehouse warehouse, LocalStorage lake, LayerWriter writer, EmbeddedPostgres postgres)
            throws SQLException {
        SyntheticSales small = SyntheticSales.generate(200, ITEMS_PER_DOCUMENT, "warm-up", 1);
        Batch batch;
        try (BatchWriter out = writer.open(lake, new BatchTarget("silver", "warm-up", INGEST_DATE,
                List.of(SyntheticSales.NFE, SyntheticSales.ITEM)))) {
            small.nfe().forEach(row -> out.write(SyntheticSales.NFE, row));
            small.items().forEach(row -> out.write(SyntheticSales.ITEM, row));
            batch = out.commit();
        }
        resetSchema(postgres, "bench_warm_up");
        JdbcLoader loader = loader(warehouse, lake, "bench_warm_up").build();
        loader.load(List.of(batch));
        rawCopy(postgres, small, List.of(SyntheticSales.NFE, SyntheticSales.ITEM));
    }

    /** The staged shapes of {@code nfe} and {@code nfe_item}, in that order, among {@code stagingTables}. */
    private static List<Table> salesTables(List<Table> stagingTables) {
        return List.of(SyntheticSales.NFE, SyntheticSales.ITEM).stream()
                .map(table -> stagingTables.stream().filter(t -> t.name().equals(table.name())).findFirst()
                        .orElseThrow())
                .toList();
    }

    /**
     * COPY FROM STDIN of the rows of {@code sales} from memory, with the columns of {@code shapes} ({@code nfe} and
     * {@code nfe_item}, every column or some), into temporary tables of that shape, in one transaction.
     */
    private static Duration rawCopy(EmbeddedPostgres postgres, SyntheticSales sales, List<Table> shapes)
            throws SQLException {
        Map<String, List<Row>> rows = Map.of(SyntheticSales.NFE.name(), sales.nfe(), SyntheticSales.ITEM.name(),
                sales.items());
        return copy(postgres, shapes, shape -> {
            Table table = SilverTables.named(shape.name()).orElseThrow();
            int[] indexes = shape.columns().stream().mapToInt(column -> table.indexOf(column.name())).toArray();
            return rows.get(shape.name()).stream().map(row -> project(row, indexes));
        });
    }

    private static Row project(Row row, int[] indexes) {
        Object[] values = new Object[indexes.length];
        for (int i = 0; i < indexes.length; i++) {
            values[i] = row.get(indexes[i]);
        }
        return Row.of(values);
    }

    /**
     * COPY FROM STDIN of the rows {@code rows} gives for each of {@code tables} into a temporary table of its shape,
     * in one transaction: from memory for the baselines, from the silver Parquet for the loader's staging step alone.
     */
    private static Duration copy(EmbeddedPostgres postgres, List<Table> tables, Function<Table, Stream<Row>> rows)
            throws SQLException {
        PostgresDialect dialect = PostgresDialect.forVersion(14);
        try (Connection connection = postgres.connect()) {
            connection.setAutoCommit(false);
            long start = System.nanoTime();
            for (Table table : tables) {
                SqlIdentifier name = SqlIdentifier.of("raw_" + table.name());
                try (Statement statement = connection.createStatement()) {
                    for (SqlStatement create : dialect.createStagingTable(name, table)) {
                        statement.execute(create.sql());
                    }
                }
                new CopyStdinStager((b, t) -> rows.apply(t)).stage(connection, name, table,
                        new Batch("raw-copy", "silver", INGEST_DATE, List.of()));
            }
            connection.commit();
            return Duration.ofNanos(System.nanoTime() - start);
        }
    }

    private static void resetSchema(EmbeddedPostgres postgres, String schema) throws SQLException {
        try (Connection connection = postgres.connect(); Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + SqlIdentifier.of(schema).quoted() + " CASCADE");
        }
    }

    private static Duration median(List<Duration> durations) {
        List<Duration> sorted = new ArrayList<>(durations);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private void report(int items, int documents, Duration silverWrite, Duration load, Duration copy, Duration staging,
            Duration stagedCopy, List<Table> staged, Duration loadWithGold, int runs) {
        out.printf(Locale.ROOT, "items=%d documents=%d runs=%d (median)%n", items, documents, runs);
        out.printf(Locale.ROOT, "silver write (not measured below): %6d ms%n", silverWrite.toMillis());
        out.printf(Locale.ROOT, "raw COPY FROM STDIN of the same rows: %6d ms  %,10.0f items/s%n", copy.toMillis(),
                perSecond(items, copy));
        out.printf(Locale.ROOT, "columns the loader stages: %s%n", staged.stream()
                .map(table -> table.name() + " " + table.columns().size() + " of "
                        + SilverTables.named(table.name()).orElseThrow().columns().size())
                .toList());
        out.printf(Locale.ROOT, "raw COPY FROM STDIN of those columns only: %6d ms%n", stagedCopy.toMillis());
        out.printf(Locale.ROOT, "the loader's staging step alone (those columns, silver Parquet to COPY): %6d ms,"
                        + " ratio to raw COPY: %.2f, to the raw COPY of those columns: %.2f%n",
                staging.toMillis(), (double) staging.toNanos() / copy.toNanos(),
                (double) staging.toNanos() / stagedCopy.toNanos());
        out.printf(Locale.ROOT, "jdbc loader (stage + 4 rules + log):  %6d ms  %,10.0f items/s%n", load.toMillis(),
                perSecond(items, load));
        out.printf(Locale.ROOT, "ratio loader / raw COPY: %.2f%n", (double) load.toNanos() / copy.toNanos());
        out.printf(Locale.ROOT, "jdbc loader with gold publishing:     %6d ms  %,10.0f items/s (one run)%n",
                loadWithGold.toMillis(), perSecond(items, loadWithGold));
    }

    private static double perSecond(int items, Duration duration) {
        return items / (duration.toNanos() / 1e9);
    }
}
