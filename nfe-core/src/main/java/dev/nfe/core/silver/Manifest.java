package dev.nfe.core.silver;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.nfe.core.spi.AtomicOutputStream;
import dev.nfe.core.spi.Batch;
import dev.nfe.core.spi.BatchFile;
import dev.nfe.core.spi.BatchTarget;
import dev.nfe.core.spi.CommitConflictException;
import dev.nfe.core.spi.CommitStateUnknownException;
import dev.nfe.core.spi.NfeException;
import dev.nfe.core.spi.Storage;
import dev.nfe.core.spi.Table;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The commit marker of a batch: {@code _manifest.json}, naming every data file of every table with its row count,
 * size and SHA-256, plus each table's total rows. Written last; a batch without one does not exist. Schemas are not
 * repeated here: each Parquet file carries its own, and {@code nfe schema} lists them; manifests written when they
 * still listed each table's {@code columns} read alike.
 *
 * <p>The JSON has a fixed key order and {@code \n} line ends, so the same batch gives the same bytes:
 * <pre>{@code
 * { "formatVersion": 1, "format": "parquet", "layer": "silver", "batchId": "b1", "ingestDate": "2026-01-02",
 *   "tables": [ { "name": "nfe", "rows": 2 } ],
 *   "files": [ { "path": "silver/nfe/…/part-00000.parquet", "table": "nfe", "rows": 2, "bytes": 1234, "sha256": "…" } ] }
 * }</pre>
 *
 * @param target the batch's layer, id, date and tables
 * @param files the data files in table order, then part order
 */
record Manifest(BatchTarget target, List<BatchFile> files) {
    static final int FORMAT_VERSION = 1;
    static final String FORMAT = "parquet";

    private static final ObjectWriter WRITER = new ObjectMapper()
            .writer(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")))
            .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    private static final ObjectReader READER = new ObjectMapper().reader();

    Manifest {
        Objects.requireNonNull(target, "target");
        files = List.copyOf(files);
    }

    /** The batch this manifest commits. */
    Batch batch() {
        return new Batch(target.batchId(), target.layer(), target.ingestDate(), files);
    }

    /**
     * Commits the batch: creates the manifest at its path with {@code create()}, whose atomic publication is the
     * commit, and returns the batch.
     *
     * @throws CommitConflictException if the manifest exists: another writer committed this batch
     * @throws CommitStateUnknownException if publishing failed in a way that may have landed
     */
    Batch commit(Storage storage) {
        String path = LayerPaths.manifest(target.layer(), target.ingestDate(), target.batchId());
        AtomicOutputStream out = storage.newOutputFile(path).create();
        try {
            writeTo(out);
        } catch (IOException e) {
            out.abort();
            throw new NfeException("Cannot write manifest " + path + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            out.abort();
            throw e;
        }
        try {
            out.close();
        } catch (CommitConflictException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new CommitStateUnknownException("Cannot tell whether batch " + target.batchId() + " of "
                    + target.layer() + " was committed: publishing " + path + " failed", e);
        }
        return batch();
    }

    /** Writes the JSON to {@code out}, leaving it open: closing it is the commit. */
    void writeTo(OutputStream out) throws IOException {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode root = json.objectNode();
        root.put("formatVersion", FORMAT_VERSION);
        root.put("format", FORMAT);
        root.put("layer", target.layer());
        root.put("batchId", target.batchId());
        root.put("ingestDate", target.ingestDate().toString());
        ArrayNode tables = root.putArray("tables");
        for (Table table : target.tables()) {
            ObjectNode node = tables.addObject();
            node.put("name", table.name());
            node.put("rows", files.stream().filter(f -> f.table().equals(table.name())).mapToLong(BatchFile::rows).sum());
        }
        ArrayNode fileNodes = root.putArray("files");
        for (BatchFile file : files) {
            fileNodes.addObject()
                    .put("path", file.path())
                    .put("table", file.table())
                    .put("rows", file.rows())
                    .put("bytes", file.bytes())
                    .put("sha256", file.sha256());
        }
        WRITER.writeValue(out, root);
    }

    /**
     * Reads the batch a manifest commits.
     *
     * @throws NfeException naming {@code path} if the manifest is not valid JSON of a known format version
     */
    static Batch readBatch(InputStream in, String path) {
        try {
            JsonNode root = READER.readTree(in);
            int version = required(root, "formatVersion", path).asInt();
            if (version != FORMAT_VERSION) {
                throw new NfeException("Cannot read manifest " + path + ": format version " + version
                        + " is not supported (expected " + FORMAT_VERSION + ")");
            }
            List<BatchFile> files = new ArrayList<>();
            for (JsonNode file : required(root, "files", path)) {
                files.add(new BatchFile(
                        required(file, "path", path).asText(),
                        required(file, "table", path).asText(),
                        required(file, "rows", path).asLong(),
                        required(file, "bytes", path).asLong(),
                        required(file, "sha256", path).asText()));
            }
            return new Batch(
                    required(root, "batchId", path).asText(),
                    required(root, "layer", path).asText(),
                    LocalDate.parse(required(root, "ingestDate", path).asText()),
                    files);
        } catch (IOException | DateTimeParseException | IllegalArgumentException e) {
            throw new NfeException("Cannot read manifest " + path + ": " + e.getMessage(), e);
        }
    }

    private static JsonNode required(JsonNode node, String field, String path) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || value.isNull()) {
            throw new NfeException("Cannot read manifest " + path + ": field " + field + " is missing");
        }
        return value;
    }
}
