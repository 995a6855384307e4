package dev.nfe.aws.s3;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nfe.aws.testing.InProcessS3;
import dev.nfe.core.generate.GeneratedDocument;
import dev.nfe.core.generate.NfeGenerator;
import dev.nfe.core.runtime.CleanSummary;
import dev.nfe.core.runtime.Pipeline;
import dev.nfe.core.runtime.Stage;
import dev.nfe.core.silver.ManifestLayerReader;
import dev.nfe.core.spi.AtomicOutputStream;
import dev.nfe.core.spi.Batch;
import dev.nfe.core.spi.StoredObject;
import dev.nfe.core.spi.UnfinishedWrite;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.stream.Stream;
import org.gaul.s3proxy.junit.S3ProxyExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * {@code clean} over a lake on the in-process S3: an incomplete multipart upload in one of the pipeline's silver
 * batch folders and an object its bronze manifest does not name are removed; another pipeline's upload and every
 * object a manifest names stay.
 */
class S3CleanTest {
    private static final String PIPELINE = "s3-clean";

    @RegisterExtension
    final S3ProxyExtension server = InProcessS3.server();

    private S3Client client;
    private S3Storage storage;

    @BeforeEach
    void startClient() throws IOException {
        client = InProcessS3.client(server);
        client.createBucket(request -> request.bucket("lake"));
        storage = new S3Storage(client, "lake", "nfe/");
        for (GeneratedDocument document : NfeGenerator.seeded(21).stream(4).toList()) {
            try (AtomicOutputStream out = storage.newOutputFile("landing/" + document.chave() + ".xml").create()) {
                out.write(document.xml());
            }
        }
    }

    @AfterEach
    void stopClient() {
        client.close();
    }

    @Test
    void clean_afterATransform_removesOnlyThePipelinesLeftoversAndKeepsEveryCommittedObject() throws IOException {
        Pipeline pipeline = LandingPipelines.builder(PIPELINE, storage, Clock.systemUTC()).build();
        pipeline.run(pipeline.request(Stage.EXTRACT));
        pipeline.run(pipeline.request(Stage.TRANSFORM));
        Batch silver;
        try (Stream<Batch> batches = new ManifestLayerReader(storage, "silver").batches()) {
            silver = batches.findFirst().orElseThrow();
        }
        String folder = "silver/nfe/ingest_date=" + silver.ingestDate() + "/";
        String upload = startUpload(folder + "batch=" + silver.id() + "/part-00009.parquet");
        startUpload(folder + "batch=other." + silver.id().substring(PIPELINE.length() + 1) + "/part-00000.parquet");
        String bronzeFolder = "bronze/" + PIPELINE + "/ingest_date=" + silver.ingestDate() + "/"
                + silver.id().substring(PIPELINE.length() + 1) + "/";
        String stray = bronzeFolder + "sha256-" + "0".repeat(64) + ".xml";
        try (AtomicOutputStream out = storage.newOutputFile(stray).create()) {
            out.write("left over".getBytes());
        }

        // s3proxy reports an upload as begun when it is listed (S3 reports when it began), so the clean runs an hour
        // ahead for everything here to be older than its bound
        Clock anHourAhead = Clock.offset(Clock.systemUTC(), Duration.ofHours(1));
        CleanSummary summary = LandingPipelines.builder(PIPELINE, storage, anHourAhead).build()
                .clean(Duration.ofMinutes(30), false);

        assertThat(summary.removed()).extracting(removal -> removal.kind() + " " + removal.path())
                .containsExactlyInAnyOrder(
                        "UNFINISHED_WRITE " + folder + "batch=" + silver.id() + "/part-00009.parquet",
                        "UNREFERENCED_OBJECT " + stray);
        assertThat(summary.removed())
                .filteredOn(removal -> removal.kind() == CleanSummary.Removal.Kind.UNFINISHED_WRITE)
                .extracting(CleanSummary.Removal::detail).containsExactly(upload);
        try (Stream<UnfinishedWrite> writes = storage.listUnfinishedWrites("")) {
            assertThat(writes).extracting(UnfinishedWrite::path).singleElement().asString().contains("batch=other.");
        }
        try (Stream<StoredObject> objects = storage.list(bronzeFolder)) {
            assertThat(objects).extracting(StoredObject::path).hasSize(4).doesNotContain(stray);
        }
        new ManifestLayerReader(storage, "silver").verify(silver);
    }

    private String startUpload(String path) {
        String key = storage.prefix() + path;
        String uploadId = client.createMultipartUpload(request -> request.bucket("lake").key(key)).uploadId();
        client.uploadPart(request -> request.bucket("lake").key(key).uploadId(uploadId).partNumber(1),
                RequestBody.fromBytes(new byte[512]));
        return uploadId;
    }
}
