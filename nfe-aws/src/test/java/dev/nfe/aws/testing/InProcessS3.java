package dev.nfe.aws.testing;

import java.util.Map;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.junit.S3ProxyExtension;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/**
 * The in-process S3 server of the tests (S3Proxy over an in-memory blob store) and clients of it. The server checks
 * signatures with fixed test credentials and accepts only checksums sent when S3 requires them.
 */
public final class InProcessS3 {
    /** The access key the server accepts. */
    public static final String ACCESS_KEY = "test-access-key";
    /** The secret key the server accepts. */
    public static final String SECRET_KEY = "test-secret-key";

    /** The SDK's default credential chain reads these system properties first; the plugin factories use that chain. */
    private static final Map<String, String> SDK_PROPERTIES = Map.of(
            "aws.accessKeyId", ACCESS_KEY,
            "aws.secretAccessKey", SECRET_KEY,
            "aws.requestChecksumCalculation", "when_required",
            "aws.responseChecksumValidation", "when_required");

    private InProcessS3() {
    }

    /**
     * Makes clients built from configuration ({@code type: s3}, {@code sns} …) sign with the server's credentials and
     * send checksums only when required; undo with {@link #forgetDefaultCredentials()}.
     */
    public static void useAsDefaultCredentials() {
        SDK_PROPERTIES.forEach(System::setProperty);
    }

    /** Undoes {@link #useAsDefaultCredentials()}. */
    public static void forgetDefaultCredentials() {
        SDK_PROPERTIES.keySet().forEach(System::clearProperty);
    }

    /** A server extension, started and stopped around each test. */
    public static S3ProxyExtension server() {
        return S3ProxyExtension.builder()
                .withCredentials(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                .build();
    }

    /** A client of {@code server}, path-style, on the URL-connection HTTP client. */
    public static S3Client client(S3ProxyExtension server) {
        return builder(server).build();
    }

    /** The builder of {@link #client}, to add interceptors or overrides. */
    public static S3ClientBuilder builder(S3ProxyExtension server) {
        return S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .endpointOverride(server.getUri())
                .forcePathStyle(true)
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(server.getAccessKey(), server.getSecretKey())));
    }
}
