package dev.nfe.core.runtime;

import dev.nfe.core.spi.StoragePath;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a pipeline's bronze objects live:
 * <ul>
 *   <li>documents, exactly as received: {@code <bronze>/<pipeline>/ingest_date=YYYY-MM-DD/<batch-id>/<document-id>.xml}
 *       ({@code .json}, {@code .ndjson}; {@code .gz} appended to compressed content);</li>
 *   <li>manifests, one per batch, the batch's commit marker:
 *       {@code <bronze>/<pipeline>/_manifests/ingest_date=YYYY-MM-DD/<batch-id>.json}.</li>
 * </ul>
 * Manifests sit apart from documents so that finding the committed batches lists manifests only. Their keys sort by
 * ingest date, then batch id, which is the order batches are transformed in.
 */
final class BronzeLayout {
    private static final Pattern MANIFEST = Pattern.compile(".*/_manifests/ingest_date=(\\d{4}-\\d{2}-\\d{2})/([^/]+)\\.json");

    private final String root;

    BronzeLayout(String bronzePrefix, String pipeline) {
        this.root = StoragePath.requireValid(bronzePrefix + "/" + pipeline);
    }

    String documentPath(LocalDate ingestDate, String batchId, String fileName) {
        return StoragePath.requireValid(root + "/ingest_date=" + ingestDate + "/" + batchId + "/" + fileName);
    }

    String manifestPath(LocalDate ingestDate, String batchId) {
        return StoragePath.requireValid(manifests() + "ingest_date=" + ingestDate + "/" + batchId + ".json");
    }

    /** The prefix of every manifest of the pipeline. */
    String manifests() {
        return root + "/_manifests/";
    }

    /** The ingest date and batch id a manifest key names, if {@code path} is a manifest key. */
    static Optional<BatchKey> parseManifestPath(String path) {
        Matcher matcher = MANIFEST.matcher(path);
        return matcher.matches()
                ? Optional.of(new BatchKey(LocalDate.parse(matcher.group(1)), matcher.group(2), path))
                : Optional.empty();
    }

    /**
     * A committed bronze batch as its manifest key names it.
     *
     * @param ingestDate its ingest date
     * @param batchId its id
     * @param manifestPath the manifest's key
     */
    record BatchKey(LocalDate ingestDate, String batchId, String manifestPath) {
    }
}
