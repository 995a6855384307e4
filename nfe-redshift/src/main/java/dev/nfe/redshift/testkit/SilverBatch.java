package dev.nfe.redshift.testkit;

import dev.nfe.core.silver.DocumentVersion;
import dev.nfe.core.silver.SilverRows;
import dev.nfe.core.spi.Batch;
import dev.nfe.core.spi.BatchTarget;
import dev.nfe.core.spi.BatchWriter;
import dev.nfe.core.spi.Deserializer;
import dev.nfe.core.spi.DeserializerFactory;
import dev.nfe.core.spi.Loader.LoadResult;
import dev.nfe.core.spi.MediaType;
import dev.nfe.core.spi.NfeException;
import dev.nfe.core.spi.ParseOutcome;
import dev.nfe.core.spi.RawDocument;
import dev.nfe.core.spi.Row;
import dev.nfe.core.spi.Table;
import dev.nfe.core.spi.ConfigSection;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * One silver batch being put together in a test: NF-e documents (XML or JSON, parsed and mapped by the real
 * deserializer and silver mappers) and hand-made silver rows, written as Parquet and loaded by {@link #load()}.
 * Obtained from {@link NfeWarehouse#batch()}; used once, by one thread.
 */
public final class SilverBatch {
    private final NfeWarehouse.Running warehouse;
    private final String id;
    private final List<Consumer<BatchWriter>> contents = new ArrayList<>();

    SilverBatch(NfeWarehouse.Running warehouse, String id) {
        this.warehouse = warehouse;
        this.id = id;
    }

    /** The batch id ({@code test-0001}, {@code test-0002} … within a test). */
    public String id() {
        return id;
    }

    /** Adds the document in {@code file} ({@code .xml} or {@code .json}). */
    public SilverBatch document(Path file) {
        try {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            return document(file.toString(), Files.readAllBytes(file), name.endsWith(".json") ? MediaType.JSON : MediaType.XML);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    /** Adds an NF-e XML document (a generated one, for example). */
    public SilverBatch xml(byte[] document) {
        return document("xml-" + contents.size(), document, MediaType.XML);
    }

    /** Adds an NF-e JSON document. */
    public SilverBatch json(byte[] document) {
        return document("json-" + contents.size(), document, MediaType.JSON);
    }

    /**
     * Adds one row to the silver table {@code table}: values by column name, the others NULL. The lineage columns
     * {@code batch_id} and {@code source} are filled in when not given.
     */
    public SilverBatch row(String table, Map<String, ?> values) {
        Table silver = warehouse.silverTable(table);
        Object[] row = new Object[silver.columns().size()];
        for (String column : values.keySet()) {
            if (silver.columns().stream().noneMatch(c -> c.name().equals(column))) {
                throw new IllegalArgumentException("Silver table " + table + " has no column " + column + "; it has "
                        + new TreeSet<>(silver.columns().stream().map(c -> c.name()).toList()));
            }
            row[silver.indexOf(column)] = values.get(column);
        }
        fillLineage(silver, row, "batch_id", id);
        fillLineage(silver, row, "source", "test");
        Row built = Row.of(row);
        contents.add(writer -> writer.write(silver, built));
        return this;
    }

    /** Writes the batch to silver and loads it with the rules; returns the loader's result. */
    public LoadResult load() {
        return warehouse.load(commit());
    }

    /** Writes the batch to silver without loading it. */
    public Batch commit() {
        try (BatchWriter writer = warehouse.silverWriter(id)) {
            contents.forEach(content -> content.accept(writer));
            return writer.commit();
        }
    }

    private SilverBatch document(String source, byte[] bytes, MediaType mediaType) {
        RawDocument raw = new RawDocument(source, bytes, mediaType, source, Instant.EPOCH);
        DocumentVersion version = DocumentVersion.of(sha256(bytes), raw.openStream());
        contents.add(writer -> deserializer(mediaType).deserialize(raw, outcome -> {
            if (outcome instanceof ParseOutcome.Quarantined quarantined) {
                throw new NfeException("Cannot load " + source + " into the test warehouse: it was quarantined: "
                        + quarantined.findings());
            }
            ParseOutcome.Parsed parsed = (ParseOutcome.Parsed) outcome;
            SilverRows.emit(parsed.document(), version, id, parsed.source(), writer::write);
        }));
        return this;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform provides SHA-256", e);
        }
    }

    private Deserializer deserializer(MediaType mediaType) {
        String type = mediaType == MediaType.JSON ? "nfe-json" : "nfe-xml";
        for (DeserializerFactory factory : ServiceLoader.load(DeserializerFactory.class, SilverBatch.class.getClassLoader())) {
            if (factory.type().equals(type)) {
                return factory.create(ConfigSection.empty("deserializer"), warehouse.context());
            }
        }
        throw new NfeException("Cannot parse " + mediaType + " documents: no deserializer of type " + type);
    }

    private static void fillLineage(Table table, Object[] row, String column, String value) {
        if (table.columns().stream().anyMatch(c -> c.name().equals(column)) && row[table.indexOf(column)] == null) {
            row[table.indexOf(column)] = value;
        }
    }

    @Override
    public String toString() {
        return "SilverBatch[" + id + "]";
    }
}
