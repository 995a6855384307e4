package dev.nfe.examples.reliability;

import dev.nfe.core.generate.NfeGenerator;
import dev.nfe.core.silver.ManifestLayerReader;
import dev.nfe.core.silver.SilverTables;
import dev.nfe.core.spi.Batch;
import dev.nfe.core.spi.Row;
import dev.nfe.core.spi.Table;
import dev.nfe.core.storage.LocalStorage;
import dev.nfe.redshift.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A working directory with NF-e files in {@code landing/}, the demo pipeline's configuration over {@code lake/}
 * (folder extract, nfe-xml, parquet, the example sales rules on the embedded PostgreSQL, Parquet gold), and what the
 * suite compares of its result: the lake's files and the warehouse's tables.
 */
final class Lake {
    static final String PIPELINE = "nfe-reliability";
    private static final Instant PINNED = Instant.parse("2026-01-05T10:00:00Z");
    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z");
    /** Load log columns that record when a load ran. */
    private static final Set<String> RUN_TIMES = Set.of("started_at", "finished_at");

    final Path directory;
    final Path landing;
    final Path root;
    /** The transform's {@code batchBytes}. */
    private final String silverBatchBytes;

    private Lake(Path directory, String silverBatchBytes) {
        this.directory = directory;
        this.landing = directory.resolve("landing");
        this.root = directory.resolve("lake");
        this.silverBatchBytes = silverBatchBytes;
    }

    /**
     * This lake with the transform's default {@code batchBytes}, which gathers its bronze batches into one silver
     * batch, instead of one silver batch per bronze batch.
     */
    Lake gathered() {
        return new Lake(directory, "512MiB");
    }

    /** A directory whose landing folder holds {@code documents} generated NF-e, ten to a bronze batch. */
    static Lake generated(Path directory, int documents) {
        Lake lake = new Lake(directory, "1");
        try {
            Files.createDirectories(lake.landing);
            NfeGenerator.seeded(42).writeTo(lake.landing, documents);
            try (Stream<Path> files = Files.list(lake.landing)) {
                for (Path file : files.toList()) {
                    Files.setLastModifiedTime(file, FileTime.from(PINNED));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lake;
    }

    /** The chaves of the generated documents. */
    static List<String> chaves(int documents) {
        NfeGenerator generator = NfeGenerator.seeded(42);
        List<String> chaves = new ArrayList<>();
        for (int i = 0; i < documents; i++) {
            chaves.add(generator.chave(i));
        }
        return chaves;
    }

    /** Writes the configuration with plain local storage. */
    Path config() {
        return config("{ type: local, root: ./lake }");
    }

    /** Writes the configuration with {@code storage} as the lake's storage (of both the pipeline and the load). */
    Path config(String storage) {
        String yaml = "pipeline: " + PIPELINE + "\n"
                + "storage: " + storage + "\n"
                + "extract: { type: folder, path: ./landing, pageSize: 10 }\n"
                // batchBytes 1: each page of 10 documents its own silver batch, a commit step per batch to die at
                + "transform: { deserializer: nfe-xml, writer: parquet, catalog: none, batchBytes: "
                + silverBatchBytes + " }\n"
                + "notify: log\n"
                // A run killed while holding a stage blocks the rerun for one lease duration: keep it short.
                + "lease: { duration: PT2S }\n"
                + "load:\n"
                + "  type: jdbc\n"
                + "  url: embedded\n"
                + "  embedded: { dataDir: ./lake/_warehouse/postgresql }\n"
                + "  storage: " + storage + "\n"
                + "  schema: sales\n"
                + "  setup: [ sql/schema.sql ]\n"
                + "  rules: [ sql/nfe_event_registered.sql, sql/sales_by_item.sql, sql/sales_by_cfop.sql,"
                + " sql/sales_by_uf.sql ]\n"
                + "  gold: { writer: parquet, layer: gold }\n";
        Path file = directory.resolve("pipeline.yaml");
        try {
            Files.writeString(file, yaml, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /**
     * The lake's files by path with their SHA-256, except the embedded warehouse's (PostgreSQL rewrites them on every
     * start) and the bookkeeping under {@code _state/} (ledgers carry run times). In JSON files (manifests) instants
     * are masked first, as they record when a run fetched or committed.
     */
    Map<String, String> files() {
        Map<String, String> files = new TreeMap<>();
        if (!Files.exists(root)) {
            return files;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                String name = root.relativize(path).toString().replace('\\', '/');
                if (!name.startsWith("_warehouse/") && !name.startsWith("_state/")) {
                    byte[] bytes = Files.readAllBytes(path);
                    files.put(name, sha256(name.endsWith(".json") ? withoutInstants(bytes) : bytes));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** Every row of every table of the warehouse's {@code sales} schema, as text, sorted, by table. */
    Map<String, List<String>> warehouse() {
        Map<String, List<String>> tables = new TreeMap<>();
        try (EmbeddedPostgres server = EmbeddedPostgres.start(root.resolve("_warehouse").resolve("postgresql"));
             Connection connection = server.connect();
             Statement statement = connection.createStatement()) {
            List<String> names = new ArrayList<>();
            try (ResultSet result = statement.executeQuery("SELECT table_name FROM information_schema.tables"
                    + " WHERE table_schema = 'sales' ORDER BY table_name")) {
                while (result.next()) {
                    names.add(result.getString(1));
                }
            }
            for (String name : names) {
                List<String> rows = new ArrayList<>();
                try (ResultSet result = statement.executeQuery("SELECT * FROM sales.\"" + name + "\"")) {
                    int columns = result.getMetaData().getColumnCount();
                    while (result.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int column = 1; column <= columns; column++) {
                            if (RUN_TIMES.contains(result.getMetaData().getColumnName(column))) {
                                continue;
                            }
                            row.append(result.getMetaData().getColumnName(column)).append('=')
                                    .append(result.getString(column)).append(' ');
                        }
                        rows.add(row.toString());
                    }
                }
                rows.sort(null);
                tables.put(name, rows);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the warehouse of " + root, e);
        }
        return tables;
    }

    /**
     * The warehouse's business tables with the rows' {@code batch_id} left out, and without the load log (keyed by
     * batch): what a run that split the same documents into other bronze batches must still equal.
     */
    static Map<String, List<String>> withoutBatches(Map<String, List<String>> warehouse) {
        Map<String, List<String>> tables = new TreeMap<>();
        warehouse.forEach((table, rows) -> {
            if (!table.equals("nfe_load_log")) {
                tables.put(table, rows.stream().map(row -> row.replaceAll("batch_id=\\S* ", "")).sorted().toList());
            }
        });
        return tables;
    }

    /** The chave of every row of silver table {@code nfe}, repeats included. */
    List<String> silverChaves() {
        ManifestLayerReader reader = new ManifestLayerReader(new LocalStorage(root), "silver");
        Table nfe = SilverTables.named("nfe").orElseThrow();
        int chave = nfe.indexOf("chave");
        List<String> chaves = new ArrayList<>();
        try (Stream<Batch> batches = reader.batches()) {
            for (Batch batch : batches.toList()) {
                try (Stream<Row> rows = reader.rows(batch, nfe)) {
                    rows.forEach(row -> chaves.add(String.valueOf(row.get(chave))));
                }
            }
        }
        return chaves;
    }

    /** The first characters of the names of each bronze batch's documents, by batch folder: how extraction split. */
    Map<String, List<String>> bronzeBatches() {
        Map<String, List<String>> batches = new TreeMap<>();
        files().keySet().stream()
                .filter(name -> name.startsWith("bronze/") && name.endsWith(".xml"))
                .forEach(name -> {
                    String[] parts = name.split("/");
                    batches.computeIfAbsent(parts[parts.length - 2], batch -> new ArrayList<>())
                            .add(parts[parts.length - 1].substring(0, 12));
                });
        return batches;
    }

    /** Whether {@code name} is the temporary file of a write that was never published. */
    static boolean isTemporary(String name) {
        return name.endsWith(".tmp");
    }

    /** The temporary files of unfinished writes anywhere in the lake but the embedded warehouse's data. */
    List<String> temporaryFiles() {
        if (!Files.exists(root)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(Files::isRegularFile)
                    .map(path -> root.relativize(path).toString().replace('\\', '/'))
                    .filter(name -> !name.startsWith("_warehouse/") && isTemporary(name))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The paths whose content differs between {@code expected} and {@code actual}, or that only one has. */
    static Set<String> differences(Map<String, String> expected, Map<String, String> actual) {
        Set<String> different = new TreeSet<>();
        expected.forEach((name, hash) -> {
            if (!hash.equals(actual.get(name))) {
                different.add(name);
            }
        });
        actual.keySet().stream().filter(name -> !expected.containsKey(name)).forEach(different::add);
        return different;
    }

    /** The file whose presence says a process stopped at its crash point. */
    Path marker() {
        return directory.resolve("stopped");
    }

    /** A lake file's path, if one matching {@code suffix} exists. */
    Optional<String> anyFileEndingWith(String suffix) {
        return files().keySet().stream().filter(name -> name.endsWith(suffix)).findFirst();
    }

    private static byte[] withoutInstants(byte[] json) {
        return INSTANT.matcher(new String(json, StandardCharsets.UTF_8)).replaceAll("<instant>")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform provides SHA-256", e);
        }
    }
}
