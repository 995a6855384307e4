package dev.nfe.core.runtime;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.nfe.core.spi.AtomicOutputStream;
import dev.nfe.core.spi.Finding;
import dev.nfe.core.spi.NfeException;
import dev.nfe.core.spi.ParseOutcome;
import dev.nfe.core.spi.RawDocument;
import dev.nfe.core.spi.Storage;
import dev.nfe.core.spi.StoragePath;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps quarantined documents next to a layer: the raw bytes exactly as received and a JSON reason naming the finding
 * codes, messages and source, under {@code <layer>/_quarantine/ingest_date=…/batch=…/}.
 *
 * <p>The document is written before its reason, so a reason file always has its document. Both are overwritten on a
 * rerun with the same content (same names, same bytes), which keeps quarantine idempotent. Thread-safe.
 */
final class QuarantineWriter {
    /**
     * A document id kept as the file name: a short token of letters, digits, dots and dashes (a chave, a content
     * hash), optionally with the element index a JSON page gives its parts ({@code <id>#<index>}, written
     * {@code <id>_<index>}). Any other id is hashed, so no value read from a document becomes a path unchecked.
     */
    private static final Pattern SAFE_ID = Pattern.compile("([A-Za-z0-9][A-Za-z0-9.-]{0,99})(?:#([0-9]{1,9}))?");
    /** How much of a document id the reason file repeats. */
    private static final int MAX_REASON_ID_CHARS = 200;
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private final Storage storage;
    private final String layer;

    /**
     * @param storage where the layer lives
     * @param layer the layer's root prefix ({@code silver})
     */
    QuarantineWriter(Storage storage, String layer) {
        this.storage = Objects.requireNonNull(storage, "storage");
        this.layer = StoragePath.requireValid(layer);
    }

    /**
     * Writes {@code outcome}'s document and reason for batch {@code batchId}.
     *
     * @return the key of the reason file
     */
    String write(ParseOutcome.Quarantined outcome, String batchId, LocalDate ingestDate) {
        RawDocument document = outcome.document();
        String folder = layer + "/_quarantine/ingest_date=" + ingestDate + "/batch=" + batchId + "/";
        String name = fileName(document.id());
        String documentPath = StoragePath.requireValid(folder + name + document.fileExtension());
        String reasonPath = StoragePath.requireValid(folder + name + ".reason.json");
        writeObject(documentPath, out -> {
            try (InputStream in = document.openStream()) {
                in.transferTo(out);
            }
        });
        writeObject(reasonPath, out -> JSON.writeValue(out, reason(document, outcome.findings(), documentPath)));
        return reasonPath;
    }

    /** The file name (without extension) quarantine gives the document with id {@code id}. */
    static String fileName(String id) {
        Matcher safe = SAFE_ID.matcher(id);
        if (safe.matches() && !safe.group(1).endsWith(".")) {
            return safe.group(2) == null ? safe.group(1) : safe.group(1) + "_" + safe.group(2);
        }
        return "id-sha256-" + sha256(id);
    }

    private static String sha256(String id) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(
                    id.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }

    private static String bounded(String id) {
        return id.length() <= MAX_REASON_ID_CHARS
                ? id
                : id.substring(0, MAX_REASON_ID_CHARS) + "… (" + id.length() + " characters)";
    }

    private static Map<String, Object> reason(RawDocument document, List<Finding> findings, String documentPath) {
        Map<String, Object> reason = new LinkedHashMap<>();
        reason.put("documentId", bounded(document.id()));
        reason.put("document", documentPath);
        reason.put("source", document.source());
        reason.put("fetchedAt", document.fetchedAt().toString());
        reason.put("codes", findings.stream().filter(Finding::isError).map(Finding::code).distinct().toList());
        reason.put("findings", findings.stream().map(QuarantineWriter::findingJson).toList());
        return reason;
    }

    private static Map<String, Object> findingJson(Finding finding) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("code", finding.code());
        json.put("severity", finding.severity().name());
        json.put("path", finding.path());
        json.put("message", finding.message());
        return json;
    }

    private void writeObject(String path, Body body) {
        AtomicOutputStream out = storage.newOutputFile(path).createOrOverwrite();
        try {
            body.writeTo(out);
            out.close();
        } catch (IOException e) {
            out.abort();
            throw new NfeException("Cannot write quarantine object " + path, e);
        } catch (RuntimeException e) {
            out.abort();
            throw e;
        }
    }

    @FunctionalInterface
    private interface Body {
        void writeTo(OutputStream out) throws IOException;
    }
}
