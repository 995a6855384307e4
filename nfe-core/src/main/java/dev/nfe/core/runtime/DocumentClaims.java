package dev.nfe.core.runtime;

import dev.nfe.core.spi.DeferredWrites;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The index of documents already in bronze, so that extracting a document again is a no-op: one small claim object
 * per document id under {@code _state/<pipeline>/bronze-ids/<xx>/<document-id>} ({@code xx} = two hex digits of the
 * id's hash, to spread the keys), naming the manifest of the batch that holds the document.
 *
 * <p>A claim is written before its batch's manifest, so it may outlive a crashed extraction whose manifest never
 * came. A document therefore counts as already extracted only when its claim names a manifest that exists and lists
 * it; otherwise the claim is stale and is replaced. This needs no listing and no rename, works alike on a local disk
 * and on S3, and costs one read and, for a new document, one write per document. Claims are written with the batch's
 * documents as {@linkplain DeferredWrites deferred writes} and made durable by the same sync, before the manifest: a
 * claim that names a committed manifest is therefore never lost, and one a crash or power loss left before the sync
 * names a manifest that does not exist, so it is stale. Used by one extraction at a time; its lookups may run on
 * several threads at once.
 *
 * <p>Document ids are {@link BronzeId}s, one per content version. Lakes written before carried the bare chave as
 * id; their claims stay valid, and {@link #isCommittedWith} lets a rerun of the same bytes find them (one more read
 * for a document not yet claimed under its versioned id), so such a lake is not duplicated. A different version of
 * a chave held under its bare id is new content and is kept.
 */
final class DocumentClaims {
    private static final int CACHED_MANIFESTS = 64;

    private final StateStore state;
    private final BronzeStore bronze;
    private final Map<String, Map<String, String>> manifestIds = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Map<String, String>> eldest) {
            return size() > CACHED_MANIFESTS;
        }
    };

    DocumentClaims(StateStore state, BronzeStore bronze) {
        this.state = state;
        this.bronze = bronze;
    }

    /** Whether document {@code id} is in a committed bronze batch. */
    boolean isCommitted(String id) {
        return committedHash(id).isPresent();
    }

    /**
     * Whether a document stored under the id {@code legacyId} of lakes written before bronze ids carried a content
     * hash (then the bare chave) is in a committed batch with exactly the bytes whose SHA-256 is {@code sha256}.
     */
    boolean isCommittedWith(String legacyId, String sha256) {
        return committedHash(legacyId).filter(sha256::equals).isPresent();
    }

    /** The stored-bytes hash of document {@code id}, when it is in a committed batch. */
    private Optional<String> committedHash(String id) {
        Optional<String> manifest = state.read(name(id)).map(claim -> claim.path("manifest").asText(""));
        return manifest.filter(path -> !path.isEmpty()).flatMap(path -> Optional.ofNullable(idsOf(path).get(id)));
    }

    /**
     * Records, through {@code writes}, that document {@code id} goes into the batch committed by the manifest at
     * {@code manifestPath}; the claim is durable at their sync, which comes before the manifest.
     */
    void claim(DeferredWrites writes, String id, String manifestPath) {
        state.write(writes, name(id), StateStore.JSON.createObjectNode().put("id", id).put("manifest", manifestPath));
    }

    /** Remembers the documents of {@code batch}, just committed at {@code manifestPath}. */
    void committed(BronzeBatch batch, String manifestPath) {
        synchronized (manifestIds) {
            manifestIds.put(manifestPath, hashes(batch));
        }
    }

    private static Map<String, String> hashes(BronzeBatch batch) {
        return batch.documents().stream()
                .collect(Collectors.toUnmodifiableMap(BronzeDocument::id, BronzeDocument::sha256, (a, b) -> a));
    }

    private Map<String, String> idsOf(String manifestPath) {
        synchronized (manifestIds) {
            Map<String, String> ids = manifestIds.get(manifestPath);
            if (ids == null) {
                ids = bronze.read(manifestPath).map(DocumentClaims::hashes).orElse(Map.of());
                if (!ids.isEmpty()) {
                    // only committed manifests are cached: a missing one may appear later in this run
                    manifestIds.put(manifestPath, ids);
                }
            }
            return ids;
        }
    }

    private static String name(String id) {
        String hash = BronzeStore.sha256(id.getBytes(StandardCharsets.UTF_8));
        return "bronze-ids/" + hash.substring(0, 2) + "/" + SafeFileName.of(id);
    }
}
