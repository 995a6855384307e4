package dev.nfe.aws.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.nfe.core.spi.AtomicOutputStream;
import dev.nfe.core.spi.CommitConflictException;
import dev.nfe.core.spi.NfeException;
import dev.nfe.core.spi.ObjectNotFoundException;
import dev.nfe.core.spi.TransientException;
import java.io.IOException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectRequest;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** Checks the requests the storage sends and how it reports S3's answers, against a mocked SDK client. */
class S3StorageRequestsTest {
    private static final String SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";

    private final S3Client client = mock(S3Client.class);
    private final S3Storage storage = new S3Storage(client, "lake", "nfe/");

    @BeforeEach
    void objectIsAbsent() {
        when(client.headObject(any(HeadObjectRequest.class)))
                .thenThrow(NoSuchKeyException.builder().statusCode(404).build());
    }

    @Test
    void create_sendsIfNoneMatchOnPrefixedKey() throws IOException {
        when(client.putObject(any(PutObjectRequest.class), any(RequestBody.class)))
                .thenReturn(PutObjectResponse.builder().build());

        write(storage.newOutputFile("a/b").create());

        PutObjectRequest sent = sentPut();
        assertThat(sent.ifNoneMatch()).isEqualTo("*");
        assertThat(sent.bucket()).isEqualTo("lake");
        assertThat(sent.key()).isEqualTo("nfe/a/b");
    }

    @Test
    void createOrOverwrite_sendsUnconditionalPut() throws IOException {
        when(client.putObject(any(PutObjectRequest.class), any(RequestBody.class)))
                .thenReturn(PutObjectResponse.builder().build());

        write(storage.newOutputFile("a/b").createOrOverwrite());

        assertThat(sentPut().ifNoneMatch()).isNull();
    }

    @Test
    void close_whenPreconditionFails_throwsCommitConflict() throws IOException {
        when(client.putObject(any(PutObjectRequest.class), any(RequestBody.class)))
                .thenThrow(S3Exception.builder().statusCode(412).message("At least one of the pre-conditions failed").build());
        AtomicOutputStream out = storage.newOutputFile("a/b").create();
        out.write(1);

        assertThatThrownBy(out::close)
                .isInstanceOf(CommitConflictException.class)
                .hasMessageContaining("a/b");
    }

    @Test
    void close_whenThrottled_throwsTransientNamingKeyWithoutServerMessage() throws IOException {
        when(client.putObject(any(PutObjectRequest.class), any(RequestBody.class)))
                .thenThrow(S3Exception.builder().statusCode(503).message("Slow Down " + SECRET).build());
        AtomicOutputStream out = storage.newOutputFile("a/b").createOrOverwrite();
        out.write(1);

        assertThatThrownBy(out::close)
                .isInstanceOf(TransientException.class)
                .hasMessageContaining("a/b")
                .hasMessageContaining("503")
                .hasMessageNotContaining(SECRET);
    }

    @Test
    void length_whenClientFails_throwsTransientWithoutClientMessage() {
        S3Client failingClient = mock(S3Client.class);
        S3Storage failing = new S3Storage(failingClient, "lake", "");
        when(failingClient.headObject(any(HeadObjectRequest.class)))
                .thenThrow(SdkClientException.create("Unable to execute HTTP request with key " + SECRET));

        assertThatThrownBy(() -> failing.newInputFile("a/b").length())
                .isInstanceOf(TransientException.class)
                .hasMessageContaining("a/b")
                .hasMessageNotContaining(SECRET);
    }

    @Test
    void length_whenMissing_throwsObjectNotFound() {
        assertThatThrownBy(() -> storage.newInputFile("a/b").length())
                .isInstanceOf(ObjectNotFoundException.class)
                .hasMessageContaining("a/b");
    }

    @Test
    void length_whenAccessDenied_throwsNfeExceptionThatIsNotTransient() {
        S3Client deniedClient = mock(S3Client.class);
        S3Storage denied = new S3Storage(deniedClient, "lake", "");
        when(deniedClient.headObject(any(HeadObjectRequest.class)))
                .thenThrow(S3Exception.builder().statusCode(403).build());

        assertThatThrownBy(() -> denied.newInputFile("a/b").length())
                .isInstanceOf(NfeException.class)
                .isNotInstanceOf(TransientException.class)
                .hasMessageContaining("Cannot read a/b: S3 error 403");
    }

    private static void write(AtomicOutputStream out) throws IOException {
        try (out) {
            out.write(new byte[] {1, 2, 3});
        }
    }

    private PutObjectRequest sentPut() {
        ArgumentCaptor<PutObjectRequest> request = ArgumentCaptor.forClass(PutObjectRequest.class);
        verify(client).putObject(request.capture(), any(RequestBody.class));
        return request.getValue();
    }
}
