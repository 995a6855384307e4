package dev.nfe.core.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import dev.nfe.core.spi.AtomicOutputStream;
import dev.nfe.core.spi.DeferredWrites;
import dev.nfe.core.spi.NfeException;
import dev.nfe.core.spi.ObjectNotFoundException;
import dev.nfe.core.spi.RawDocument;
import dev.nfe.core.spi.Storage;
import dev.nfe.core.spi.StoredObject;
import dev.nfe.core.spi.TransientException;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Reads and writes a pipeline's bronze objects on its storage, in the {@link BronzeLayout}. Thread-safe. */
final class BronzeStore {
    private final Storage storage;
    private final BronzeLayout layout;
    private final String pipeline;

    BronzeStore(Storage storage, String bronzePrefix, String pipeline) {
        this.storage = storage;
        this.layout = new BronzeLayout(bronzePrefix, pipeline);
        this.pipeline = pipeline;
    }

    String pipeline() {
        return pipeline;
    }

    String manifestPath(LocalDate ingestDate, String batchId) {
        return layout.manifestPath(ingestDate, batchId);
    }

    /** Opens a scope of writes on the bronze storage whose durability waits for its sync. */
    DeferredWrites deferredWrites() {
        return storage.deferredWrites();
    }

    /**
     * Writes {@code document} into batch {@code batchId} under {@code id} through {@code writes}, replacing what a
     * crashed attempt left under the same key. It is durable at their sync, which must come before the batch's
     * {@link #commit}. The bytes are streamed from the document, not copied.
     *
     * @param id the document's bronze id, which names its file and its manifest entry
     * @param sha256 the SHA-256 of the document's bytes, hex
     * @return its manifest entry
     */
    BronzeDocument writeDocument(DeferredWrites writes, String id, RawDocument document, String sha256,
            LocalDate ingestDate, String batchId) {
        String path = layout.documentPath(ingestDate, batchId, SafeFileName.of(id) + document.fileExtension());
        AtomicOutputStream out = writes.newOutputFile(path).createOrOverwrite();
        try {
            document.openStream().transferTo(out);
            out.close();
        } catch (IOException e) {
            out.abort();
            throw new TransientException("Cannot write bronze document " + path + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            out.abort();
            throw e;
        }
        return new BronzeDocument(id, path, document.mediaType(), document.source(), document.fetchedAt(),
                document.size(), sha256);
    }

    /**
     * Commits {@code batch} by writing its manifest, which must not exist yet, and syncing it: when this returns, the
     * manifest is durable together with the directory entries that reach it, so nothing recorded after the commit
     * (the extract state, the source ledger) can outlive it in a power loss.
     *
     * @throws dev.nfe.core.spi.CommitConflictException if the manifest exists
     */
    void commit(BronzeBatch batch) {
        String path = layout.manifestPath(batch.ingestDate(), batch.id());
        DeferredWrites writes = storage.deferredWrites();
        AtomicOutputStream out = writes.newOutputFile(path).create();
        try {
            StateStore.JSON.writeValue(out, batch.toJson());
            out.close();
        } catch (IOException e) {
            out.abort();
            throw new TransientException("Cannot write bronze manifest " + path + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            out.abort();
            throw e;
        }
        writes.sync();
    }

    /** Whether the manifest at {@code path} exists. */
    boolean exists(String path) {
        try {
            storage.newInputFile(path).length();
            return true;
        } catch (ObjectNotFoundException e) {
            return false;
        }
    }

    /** The batch whose manifest is at {@code path}, if it is committed. */
    Optional<BronzeBatch> read(String path) {
        try (InputStream in = storage.newInputFile(path).newStream()) {
            JsonNode root = StateStore.JSON.readTree(in);
            return Optional.of(BronzeBatch.fromJson(root, path));
        } catch (ObjectNotFoundException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new TransientException("Cannot read bronze manifest " + path + ": " + e.getMessage(), e);
        }
    }

    /** Whether any batch is committed; lists no further than the first manifest. */
    boolean hasBatches() {
        try (Stream<StoredObject> objects = storage.list(layout.manifests())) {
            return objects.findAny().isPresent();
        }
    }

    /** The committed batches, by ingest date and then batch id, as their manifest keys name them. */
    List<BronzeLayout.BatchKey> committed() {
        try (Stream<StoredObject> objects = storage.list(layout.manifests())) {
            return objects.map(StoredObject::path)
                    .map(BronzeLayout::parseManifestPath)
                    .flatMap(Optional::stream)
                    .sorted((a, b) -> a.manifestPath().compareTo(b.manifestPath()))
                    .toList();
        }
    }

    /** The stored document, as received, for the deserializer. */
    RawDocument read(BronzeDocument document) {
        return document.readFrom(storage);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform provides SHA-256", e);
        }
    }
}
