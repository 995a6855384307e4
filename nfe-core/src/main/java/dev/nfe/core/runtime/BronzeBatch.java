package dev.nfe.core.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.nfe.core.spi.MediaType;
import dev.nfe.core.spi.NfeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A committed bronze batch: the documents its manifest names, in the order they were extracted. The manifest is
 * written after every document it names, so a batch that has one is complete; documents of a batch without a
 * manifest (a crashed extraction) are ignored and overwritten when the page is extracted again.
 *
 * @param pipeline the pipeline name
 * @param id the batch id, {@code YYYYMMDD-NNNNNN}: the ingest date and a sequence number, so ids sort by age
 * @param ingestDate the {@code ingest_date} partition
 * @param documents the documents, in extraction order; never empty
 */
record BronzeBatch(String pipeline, String id, LocalDate ingestDate, List<BronzeDocument> documents) {
    static final int FORMAT_VERSION = 1;

    BronzeBatch {
        Objects.requireNonNull(pipeline, "pipeline");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ingestDate, "ingestDate");
        documents = List.copyOf(documents);
        if (documents.isEmpty()) {
            throw new IllegalArgumentException("Cannot create bronze batch " + id + ": documents is empty");
        }
    }

    /** The total stored size of the batch's documents. */
    long bytes() {
        return documents.stream().mapToLong(BronzeDocument::bytes).sum();
    }

    /** The manifest JSON, with a fixed key order so that the same batch gives the same bytes. */
    ObjectNode toJson() {
        ObjectNode root = StateStore.JSON.createObjectNode();
        root.put("formatVersion", FORMAT_VERSION);
        root.put("pipeline", pipeline);
        root.put("batchId", id);
        root.put("ingestDate", ingestDate.toString());
        ArrayNode array = root.putArray("documents");
        for (BronzeDocument document : documents) {
            array.addObject()
                    .put("id", document.id())
                    .put("path", document.path())
                    .put("mediaType", document.mediaType().name())
                    .put("source", document.source())
                    .put("fetchedAt", document.fetchedAt().toString())
                    .put("bytes", document.bytes())
                    .put("sha256", document.sha256());
        }
        return root;
    }

    /**
     * Reads a manifest.
     *
     * @throws NfeException naming {@code path} when the manifest is not one this version writes
     */
    static BronzeBatch fromJson(JsonNode root, String path) {
        try {
            int version = required(root, "formatVersion", path).asInt();
            if (version != FORMAT_VERSION) {
                throw new NfeException("Cannot read bronze manifest " + path + ": format version " + version
                        + " is not supported (expected " + FORMAT_VERSION + ")");
            }
            List<BronzeDocument> documents = new ArrayList<>();
            for (JsonNode node : required(root, "documents", path)) {
                documents.add(new BronzeDocument(
                        required(node, "id", path).asText(),
                        required(node, "path", path).asText(),
                        MediaType.valueOf(required(node, "mediaType", path).asText()),
                        required(node, "source", path).asText(),
                        Instant.parse(required(node, "fetchedAt", path).asText()),
                        required(node, "bytes", path).asLong(),
                        required(node, "sha256", path).asText()));
            }
            return new BronzeBatch(required(root, "pipeline", path).asText(), required(root, "batchId", path).asText(),
                    LocalDate.parse(required(root, "ingestDate", path).asText()), documents);
        } catch (RuntimeException e) {
            if (e instanceof NfeException) {
                throw e;
            }
            throw new NfeException("Cannot read bronze manifest " + path + ": " + e.getMessage(), e);
        }
    }

    private static JsonNode required(JsonNode node, String field, String path) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || value.isNull()) {
            throw new NfeException("Cannot read bronze manifest " + path + ": field " + field + " is missing");
        }
        return value;
    }
}
