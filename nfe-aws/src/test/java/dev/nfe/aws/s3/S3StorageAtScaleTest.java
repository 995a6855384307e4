package dev.nfe.aws.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nfe.aws.testing.InProcessS3;
import dev.nfe.core.spi.AtomicOutputStream;
import dev.nfe.core.spi.CommitConflictException;
import dev.nfe.core.spi.NfeException;
import dev.nfe.core.spi.StoredObject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.gaul.s3proxy.junit.S3ProxyExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompleteMultipartUploadRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * The S3 storage beyond one request's limits, on the in-process S3 server: listings of more than one page of
 * 1,000 keys, objects of several multipart parts, and uploads stopped before their completion.
 */
class S3StorageAtScaleTest {
    private static final int MIB = 1024 * 1024;
    private static final int PART = 16 * MIB;

    @RegisterExtension
    final S3ProxyExtension server = InProcessS3.server();

    private final AtomicInteger listCalls = new AtomicInteger();
    private final AtomicInteger completionsRefused = new AtomicInteger();
    private S3Client client;
    private S3Storage storage;

    @BeforeEach
    void startClient() {
        client = InProcessS3.builder(server)
                .overrideConfiguration(override -> override.addExecutionInterceptor(new ExecutionInterceptor() {
                    @Override
                    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
                        SdkRequest request = context.request();
                        if (request instanceof ListObjectsV2Request) {
                            listCalls.incrementAndGet();
                        }
                        if (request instanceof CompleteMultipartUploadRequest && completionsRefused.get() > 0) {
                            completionsRefused.decrementAndGet();
                            throw SdkClientException.create("Connection reset");
                        }
                    }
                }))
                .build();
        client.createBucket(request -> request.bucket("lake"));
        storage = new S3Storage(client, "lake", "nfe/");
    }

    @AfterEach
    void stopClient() {
        client.close();
    }

    @Test
    void list_pastOneThousandKeys_readsEveryPageInKeyOrder() throws IOException {
        for (int i = 0; i < 1_205; i++) {
            String key = "nfe/bronze/doc-%05d.xml".formatted(i);
            client.putObject(request -> request.bucket("lake").key(key), RequestBody.fromBytes(new byte[] {1}));
        }
        listCalls.set(0);

        List<String> paths = storage.list("bronze/").map(StoredObject::path).toList();

        assertThat(paths).hasSize(1_205)
                .containsExactlyElementsOf(IntStream.range(0, 1_205).mapToObj("bronze/doc-%05d.xml"::formatted)
                        .toList());
        assertThat(listCalls.get()).isEqualTo(2);
    }

    @Test
    void close_ofFortyMebibytes_completesAMultipartUploadOfThreeParts() throws IOException {
        byte[] chunk = new byte[MIB];
        MessageDigest written = sha256();
        Random random = new Random(17);
        AtomicOutputStream out = storage.newOutputFile("silver/big.parquet").create();
        for (int i = 0; i < 40; i++) {
            random.nextBytes(chunk);
            written.update(chunk);
            out.write(chunk);
        }
        out.close();

        HeadObjectResponse head = client.headObject(request -> request.bucket("lake").key("nfe/silver/big.parquet"));
        assertThat(head.contentLength()).isEqualTo(40L * MIB);
        assertThat(head.eTag()).endsWith("-3\"");
        MessageDigest read = sha256();
        try (InputStream in = storage.newInputFile("silver/big.parquet").newStream()) {
            byte[] buffer = new byte[MIB];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                read.update(buffer, 0, n);
            }
        }
        assertThat(read.digest()).isEqualTo(written.digest());
    }

    @Test
    void write_ofAPartNotYetClosed_leavesNothingVisible() throws IOException {
        AtomicOutputStream out = storage.newOutputFile("silver/pending.parquet").create();
        out.write(new byte[PART + MIB]);

        assertThat(storage.list("silver/")).isEmpty();
        assertThatThrownBy(() -> client.headObject(request -> request.bucket("lake").key("nfe/silver/pending.parquet")))
                .isInstanceOf(NoSuchKeyException.class);
        assertThat(pendingUploads()).isEqualTo(1);
        out.abort();
        assertThat(pendingUploads()).isZero();
    }

    @Test
    void close_whenTheCompletionFails_abortsTheUploadAndLeavesNothingVisible() throws IOException {
        completionsRefused.set(1);
        AtomicOutputStream out = storage.newOutputFile("silver/lost.parquet").create();
        out.write(new byte[PART + MIB]);

        assertThatThrownBy(out::close)
                .isInstanceOf(NfeException.class)
                .hasMessageContaining("Cannot write silver/lost.parquet");
        assertThat(storage.list("silver/")).isEmpty();
        assertThat(pendingUploads()).isZero();
    }

    @Test
    void close_ofAMultipartCreateOverAnExistingObject_conflictsAndKeepsTheFirst() throws IOException {
        write("silver/taken.parquet", "first".getBytes(StandardCharsets.UTF_8));
        AtomicOutputStream out = storage.newOutputFile("silver/taken.parquet").create();
        out.write(new byte[PART + MIB]);

        assertThatThrownBy(out::close).isInstanceOf(CommitConflictException.class);
        try (InputStream in = storage.newInputFile("silver/taken.parquet").newStream()) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("first");
        }
        assertThat(pendingUploads()).isZero();
    }

    private void write(String path, byte[] content) throws IOException {
        AtomicOutputStream out = storage.newOutputFile(path).create();
        out.write(content);
        out.close();
    }

    private int pendingUploads() {
        return client.listMultipartUploads(request -> request.bucket("lake")).uploads().size();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}
