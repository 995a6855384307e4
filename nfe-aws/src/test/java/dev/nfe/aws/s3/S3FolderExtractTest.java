package dev.nfe.aws.s3;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nfe.aws.testing.InProcessS3;
import dev.nfe.core.generate.GeneratedDocument;
import dev.nfe.core.generate.NfeGenerator;
import dev.nfe.core.runtime.Pipeline;
import dev.nfe.core.runtime.Stage;
import dev.nfe.core.spi.AtomicOutputStream;
import dev.nfe.core.spi.RunSummary;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.gaul.s3proxy.junit.S3ProxyExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.s3.S3Client;

/** The folder extractor over an S3 landing prefix, with the lake and its ledger in the same in-process S3. */
class S3FolderExtractTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-02T10:00:00Z"), ZoneOffset.UTC);

    @RegisterExtension
    final S3ProxyExtension server = InProcessS3.server();

    private S3Client client;
    private S3Storage storage;

    @BeforeEach
    void startClient() {
        client = InProcessS3.client(server);
        client.createBucket(request -> request.bucket("lake"));
        storage = new S3Storage(client, "lake", "");
    }

    @AfterEach
    void stopClient() {
        client.close();
    }

    @Test
    void run_extractAfterAFileIsAddedUnderThePrefixSortingFirst_writesOnlyThatFile() throws IOException {
        List<GeneratedDocument> documents = NfeGenerator.seeded(42).stream(3).toList();
        upload("landing/2026/b.xml", documents.get(1));
        upload("landing/2026/c.xml", documents.get(2));
        Pipeline pipeline = LandingPipelines.builder("s3-folder", storage, CLOCK).build();
        RunSummary before = pipeline.run(pipeline.request(Stage.EXTRACT));
        upload("landing/0001/a.xml", documents.get(0));

        RunSummary after = pipeline.run(pipeline.request(Stage.EXTRACT));
        RunSummary again = pipeline.run(pipeline.request(Stage.EXTRACT));

        assertThat(before.written()).isEqualTo(2);
        assertThat(after).extracting(RunSummary::seen, RunSummary::written).containsExactly(1L, 1L);
        assertThat(again.seen()).isZero();
    }

    private void upload(String path, GeneratedDocument document) throws IOException {
        AtomicOutputStream out = storage.newOutputFile(path).create();
        out.write(document.xml());
        out.close();
    }
}
