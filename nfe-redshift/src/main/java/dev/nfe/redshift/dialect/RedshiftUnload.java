package dev.nfe.redshift.dialect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nfe.core.spi.NfeException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Publishes gold from Redshift with {@code UNLOAD ('SELECT …') TO 's3://…/part_' … FORMAT AS PARQUET MANIFEST
 * VERBOSE}, and reads the manifest Redshift writes next to the files. UNLOAD takes its query as a string literal, so
 * nothing in it can be bound: identifiers are validated and quoted, the batch id must match the strict batch-id
 * pattern, and every quote of the query is doubled.
 *
 * <p>{@code PARALLEL OFF} with {@code ORDER BY} every column gives the rows in the same deterministic order the
 * {@code parquet} gold writer uses, in as few files as {@code MAXFILESIZE} allows; a gold batch is one load batch's
 * rows, small enough for the leader node to write. The manifest lists every file all the same, so the files are
 * never found by listing. {@code ALLOWOVERWRITE} with a prefix that depends only on the batch makes a rerun replace
 * the files of an attempt that died before the lake's own manifest was written. Immutable and thread-safe.
 */
public final class RedshiftUnload {
    private static final Pattern BATCH_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final String MANIFEST_SUFFIX = "manifest";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final S3Access s3;

    /** Unloads to the lake at {@code s3}. */
    public RedshiftUnload(S3Access s3) {
        this.s3 = Objects.requireNonNull(s3, "s3");
    }

    /**
     * The UNLOAD of the rows of {@code schema.target} whose {@code batchColumn} is {@code batchId} to files named
     * {@code <prefixKey>000.parquet…} under the storage root.
     *
     * @throws NfeException if {@code batchId} is not letters, digits, '.', '_' or '-', or the key is not plain
     */
    public String unloadSql(SqlIdentifier schema, SqlIdentifier target, List<SqlIdentifier> columns,
            SqlIdentifier batchColumn, String batchId, String prefixKey) {
        if (!BATCH_ID.matcher(batchId).matches()) {
            throw new NfeException("Cannot unload batch " + batchId + ": id must match " + BATCH_ID.pattern());
        }
        String query = "SELECT " + SqlLists.plain(columns) + " FROM " + target.qualifiedBy(schema) + " WHERE "
                + batchColumn.quoted() + " = '" + batchId + "' ORDER BY " + SqlLists.plain(columns);
        return "UNLOAD ('" + query.replace("'", "''") + "')\nTO " + s3.literal(prefixKey)
                + "\nIAM_ROLE " + s3.roleLiteral()
                + "\nFORMAT AS PARQUET\nMANIFEST VERBOSE\nALLOWOVERWRITE\nPARALLEL OFF";
    }

    /** The storage key of the manifest the UNLOAD to {@code prefixKey} writes. */
    public static String manifestKey(String prefixKey) {
        return prefixKey + MANIFEST_SUFFIX;
    }

    /**
     * The files a {@code MANIFEST VERBOSE} manifest lists, with their storage keys, row counts and sizes.
     *
     * @throws NfeException naming {@code path} if the manifest is not such JSON or lists a file outside the root
     */
    public List<UnloadedFile> readManifest(InputStream in, String path) {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (IOException e) {
            throw new NfeException("Cannot read UNLOAD manifest " + path + ": " + e.getMessage(), e);
        }
        JsonNode entries = root == null ? null : root.get("entries");
        if (entries == null || !entries.isArray()) {
            throw new NfeException("Cannot read UNLOAD manifest " + path + ": no entries array");
        }
        List<UnloadedFile> files = new ArrayList<>();
        for (JsonNode entry : entries) {
            JsonNode url = entry.get("url");
            JsonNode rows = entry.at("/meta/record_count");
            JsonNode bytes = entry.at("/meta/content_length");
            if (url == null || !url.isTextual() || !rows.canConvertToLong() || !bytes.canConvertToLong()) {
                throw new NfeException("Cannot read UNLOAD manifest " + path + ": entry " + entry
                        + " lacks url, meta.record_count or meta.content_length (was it written with MANIFEST VERBOSE?)");
            }
            files.add(new UnloadedFile(s3.keyOf(url.asText()), rows.asLong(), bytes.asLong()));
        }
        return List.copyOf(files);
    }

    @Override
    public String toString() {
        return "RedshiftUnload[" + s3.root() + "]";
    }

    /**
     * One file an UNLOAD wrote, as its manifest lists it.
     *
     * @param key the storage key
     * @param rows its row count
     * @param bytes its size
     */
    public record UnloadedFile(String key, long rows, long bytes) {
        public UnloadedFile {
            Objects.requireNonNull(key, "key");
        }
    }
}
