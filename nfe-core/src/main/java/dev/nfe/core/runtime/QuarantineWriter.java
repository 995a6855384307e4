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
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Keeps quarantined documents next to a layer: the raw bytes exactly as received and a JSON reason naming the finding
 * codes, messages and source, under {@code <layer>/_quarantine/ingest_date=…/batch=…/}.
 *
 * <p>The document is written before its reason, so a reason file always has its document. Both are overwritten on a
 * rerun with the same content (same names, same bytes), which keeps quarantine idempotent. Thread-safe.
 */
final class QuarantineWriter {
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
        String name = SafeFileName.of(document.id());
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
