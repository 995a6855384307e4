package dev.nfe.core.silver;

import dev.nfe.core.spi.BatchTarget;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Where a layer's files live. Data: {@code <layer>/<table>/ingest_date=YYYY-MM-DD/batch=<id>/part-00000.parquet};
 * manifests, one per batch for all its tables: {@code <layer>/_manifests/ingest_date=YYYY-MM-DD/batch=<id>/_manifest.json}.
 * Table names start with a letter, so {@code _manifests} never collides with a table.
 */
final class LayerPaths {
    static final String MANIFEST_NAME = "_manifest.json";

    private LayerPaths() {
    }

    static String dataFile(BatchTarget target, String table, int part) {
        return dataFolder(target, table) + String.format(Locale.ROOT, "part-%05d.parquet", part);
    }

    /** The folder, ending with {@code /}, of the data files of {@code table} in {@code target}. */
    static String dataFolder(BatchTarget target, String table) {
        return target.layer() + "/" + table + "/" + partition(target.ingestDate(), target.batchId());
    }

    static String manifest(String layer, LocalDate ingestDate, String batchId) {
        return manifests(layer) + partition(ingestDate, batchId) + MANIFEST_NAME;
    }

    /** The prefix of every manifest of {@code layer}. */
    static String manifests(String layer) {
        return layer + "/_manifests/";
    }

    /** The prefix of the manifests of {@code layer} for one ingest date. */
    static String manifests(String layer, LocalDate ingestDate) {
        return manifests(layer) + "ingest_date=" + ingestDate + "/";
    }

    private static String partition(LocalDate ingestDate, String batchId) {
        return "ingest_date=" + ingestDate + "/batch=" + batchId + "/";
    }
}
