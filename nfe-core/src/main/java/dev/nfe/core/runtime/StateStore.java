package dev.nfe.core.runtime;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.nfe.core.spi.AtomicOutputStream;
import dev.nfe.core.spi.CommitConflictException;
import dev.nfe.core.spi.DeferredWrites;
import dev.nfe.core.spi.ObjectNotFoundException;
import dev.nfe.core.spi.Storage;
import dev.nfe.core.spi.StoragePath;
import dev.nfe.core.spi.StoredObject;
import dev.nfe.core.spi.TransientException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The pipeline's restart state: small JSON objects under {@code _state/<pipeline>/}, each replaced whole and
 * atomically (the storage's atomic write), so a reader sees the old or the new state, never half of one. One writer per
 * pipeline and stage at a time.
 */
final class StateStore {
    static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private static final String FOLDER = "_state/";

    private final Storage storage;
    private final String root;

    StateStore(Storage storage, String pipeline) {
        this.storage = storage;
        this.root = StoragePath.requireValid(FOLDER + pipeline);
    }

    /** The prefix, ending with {@code /}, of every state object of {@code pipeline}. */
    static String prefix(String pipeline) {
        return FOLDER + pipeline + "/";
    }

    /** The key of state object {@code name} ({@code extract.json}, {@code transform/ingest_date=…json}). */
    String path(String name) {
        return StoragePath.requireValid(root + "/" + name);
    }

    /** The state object {@code name}, if it was ever written. */
    Optional<JsonNode> read(String name) {
        String path = path(name);
        try (InputStream in = storage.newInputFile(path).newStream()) {
            return Optional.of(JSON.readTree(in));
        } catch (ObjectNotFoundException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new TransientException("Cannot read state " + path + ": " + e.getMessage(), e);
        }
    }

    /** Replaces state object {@code name} with {@code state}. */
    void write(String name, ObjectNode state) {
        publish(name, state, storage.newOutputFile(path(name)).createOrOverwrite());
    }

    /** Opens a scope of writes on the state's storage whose durability waits for its sync. */
    DeferredWrites deferredWrites() {
        return storage.deferredWrites();
    }

    /** Replaces state object {@code name} with {@code state} through {@code writes}: durable at their sync. */
    void write(DeferredWrites writes, String name, ObjectNode state) {
        publish(name, state, writes.newOutputFile(path(name)).createOrOverwrite());
    }

    /**
     * Creates state object {@code name}, which must not exist: of several runs creating it at once, exactly one
     * succeeds (the storage's create-if-absent).
     *
     * @throws CommitConflictException if the object exists; it is left as it was
     */
    void create(String name, ObjectNode state) {
        publish(name, state, storage.newOutputFile(path(name)).create());
    }

    /** The names of the state objects under {@code folder} ({@code leases/extract/}), in lexicographic order. */
    List<String> names(String folder) {
        String prefix = path(folder.endsWith("/") ? folder.substring(0, folder.length() - 1) : folder) + "/";
        try (Stream<StoredObject> objects = storage.list(prefix)) {
            return objects.map(object -> object.path().substring(root.length() + 1)).toList();
        }
    }

    /** Deletes state object {@code name}; a missing one is a no-op. */
    void delete(String name) {
        storage.delete(path(name));
    }

    private void publish(String name, ObjectNode state, AtomicOutputStream out) {
        String path = path(name);
        try {
            JSON.writeValue(out, state);
            out.close();
        } catch (IOException e) {
            out.abort();
            throw new TransientException("Cannot write state " + path + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            out.abort();
            throw e;
        }
    }
}
