package dev.nfe.redshift.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nfe.core.spi.NfeException;
import dev.nfe.redshift.dialect.RedshiftUnload.UnloadedFile;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The UNLOAD statement's literals, and reading Redshift's MANIFEST VERBOSE back into storage keys. */
class RedshiftUnloadTest {
    private static final S3Access S3 = new S3Access("s3://nfe-lake/prod", "arn:aws:iam::123456789012:role/nfe-redshift");
    private static final RedshiftUnload UNLOAD = new RedshiftUnload(S3);
    private static final String KEY = "gold/sales/ingest_date=2026-01-02/batch=b1/part_000.parquet";

    private static InputStream json(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void keyOf_urlUnderRoot_isTheInverseOfLiteral() {
        String literal = S3.literal(KEY);

        assertThat(S3.keyOf(literal.substring(1, literal.length() - 1))).isEqualTo(KEY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"s3://other-bucket/prod/gold/x.parquet", "s3://nfe-lake/production/gold/x.parquet",
            "s3://nfe-lake/prod/", "s3://nfe-lake/prod"})
    void keyOf_urlOutsideRoot_throwsNamingIt(String url) {
        assertThatThrownBy(() -> S3.keyOf(url))
                .isInstanceOf(NfeException.class)
                .hasMessageContaining(url)
                .hasMessageContaining("not under the S3 root s3://nfe-lake/prod");
    }

    @ParameterizedTest
    @ValueSource(strings = {"b1' OR ''='", "b1\\\\", "-b1", "b 1", ""})
    void unloadSql_batchIdOutsideThePattern_throws(String batchId) {
        SqlIdentifier name = SqlIdentifier.of("t");
        assertThatThrownBy(() -> UNLOAD.unloadSql(name, name, List.of(name), name, batchId, "gold/t/part_"))
                .isInstanceOf(NfeException.class)
                .hasMessageContaining("Cannot unload batch");
    }

    @Test
    void unloadSql_batchIdLiteral_isDoubleQuotedInsideTheQueryLiteral() {
        SqlIdentifier name = SqlIdentifier.of("t");

        assertThat(UNLOAD.unloadSql(name, name, List.of(name), name, "b-1.2_3", "gold/t/part_"))
                .startsWith("UNLOAD ('SELECT \"t\" FROM \"t\".\"t\" WHERE \"t\" = ''b-1.2_3'' ORDER BY \"t\"')\n");
    }

    @Test
    void readManifest_verbose_givesKeysRowsAndBytes() {
        String manifest = "{\"entries\": [\n"
                + " {\"url\":\"s3://nfe-lake/prod/" + KEY + "\", \"meta\": {\"content_length\": 1024, \"record_count\": 7}}\n"
                + "], \"schema\": {\"elements\": []}, \"author\": {\"name\": \"Amazon Redshift\", \"version\": \"1.0.0\"},"
                + " \"meta\": {\"content_length\": 1024, \"record_count\": 7}}";

        assertThat(UNLOAD.readManifest(json(manifest), "m")).containsExactly(new UnloadedFile(KEY, 7, 1024));
    }

    @Test
    void readManifest_noEntries_givesNoFiles() {
        assertThat(UNLOAD.readManifest(json("{\"entries\": []}"), "m")).isEmpty();
    }

    @Test
    void readManifest_withoutVerboseMeta_throwsNamingTheManifest() {
        String manifest = "{\"entries\": [{\"url\":\"s3://nfe-lake/prod/" + KEY + "\"}]}";

        assertThatThrownBy(() -> UNLOAD.readManifest(json(manifest), "gold/t/part_manifest"))
                .isInstanceOf(NfeException.class)
                .hasMessageContaining("gold/t/part_manifest")
                .hasMessageContaining("MANIFEST VERBOSE");
    }

    @Test
    void manifestKey_isThePrefixFollowedByManifest() {
        assertThat(RedshiftUnload.manifestKey("gold/t/ingest_date=2026-01-02/batch=b1/part_"))
                .isEqualTo("gold/t/ingest_date=2026-01-02/batch=b1/part_manifest");
    }
}
