package dev.nfe.aws.lambda;

import dev.nfe.core.config.PipelineConfigLoader;
import dev.nfe.core.runtime.Pipeline;
import dev.nfe.core.spi.ConfigException;
import dev.nfe.core.spi.NfeException;
import dev.nfe.core.spi.TransientException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Where a Lambda function's pipeline configuration lives, and the pipeline built from it, kept for the warm
 * instance. A location is one of:
 *
 * <ul>
 *   <li>{@code classpath:conf/pipeline.yaml}: a resource of the function's artifact, read once;</li>
 *   <li>{@code s3://bucket/conf/pipeline.yaml}: an S3 object, fetched once, then checked with one HeadObject per
 *       invocation and fetched again, and the pipeline rebuilt, only when its ETag changed;</li>
 *   <li>anything else: a file path (a Lambda layer under {@code /opt}, a container image), read once.</li>
 * </ul>
 *
 * JSON when the name ends in {@code .json}, YAML otherwise. Building the pipeline builds its plugins, and with them
 * their SDK clients, so those are built once per instance and per configuration version. Thread-safe.
 */
public final class PipelineSource {
    private static final Logger log = LoggerFactory.getLogger(PipelineSource.class);
    private static final String CLASSPATH = "classpath:";
    private static final String S3 = "s3://";

    private final String location;
    private final Loading loading;
    private Pipeline pipeline;
    private String etag;

    private PipelineSource(String location, Loading loading) {
        this.location = location;
        this.loading = loading;
    }

    /**
     * The source of the configuration at {@code location}, read now.
     *
     * @param key the key path naming the location in messages ({@code NFE_CONFIG}, {@code payload.config})
     * @param s3 gives the client reading {@code s3://} locations; called only for those
     * @throws ConfigException naming {@code key} if the location is malformed, absent, or its configuration invalid
     */
    public static PipelineSource open(String key, String location, PipelineConfigLoader loader,
            Supplier<S3Client> s3) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(loader, "loader");
        Objects.requireNonNull(s3, "s3");
        Loading loading;
        if (location.startsWith(CLASSPATH)) {
            loading = new ClassPathLoading(key, location.substring(CLASSPATH.length()), loader);
        } else if (location.startsWith(S3)) {
            loading = new S3Loading(key, location, loader, s3);
        } else {
            loading = new FileLoading(location, loader);
        }
        PipelineSource source = new PipelineSource(location, loading);
        source.pipeline();
        return source;
    }

    /** A source that always gives {@code pipeline}, for hosts that build their pipeline in code. */
    public static PipelineSource of(Pipeline pipeline) {
        Objects.requireNonNull(pipeline, "pipeline");
        PipelineSource source = new PipelineSource("code:" + pipeline.name(), new FixedLoading(pipeline));
        source.pipeline();
        return source;
    }

    /** The location, as given. */
    public String location() {
        return location;
    }

    /**
     * The pipeline of the current configuration: the one already built, unless the configuration is an S3 object
     * whose ETag changed since, in which case it is fetched and the pipeline rebuilt.
     *
     * @throws ConfigException if a changed configuration is invalid (the previous pipeline is not used then)
     * @throws TransientException if S3 cannot be reached
     */
    public synchronized Pipeline pipeline() {
        if (pipeline == null || loading.changedSince(etag)) {
            Loaded loaded = loading.load();
            if (pipeline != null) {
                log.info("Configuration {} changed (ETag {} to {}); rebuilding pipeline", location, etag,
                        loaded.etag());
            }
            pipeline = loaded.pipeline();
            etag = loaded.etag();
        }
        return pipeline;
    }

    /** The pipeline last built, even if its configuration has changed since: where a failure is reported. */
    public synchronized Optional<Pipeline> lastBuilt() {
        return Optional.ofNullable(pipeline);
    }

    @Override
    public String toString() {
        return "PipelineSource[" + location + "]";
    }

    /** A pipeline and the version of the configuration it was built from. */
    private record Loaded(Pipeline pipeline, String etag) {
    }

    /** How one kind of location is read. */
    private interface Loading {
        Loaded load();

        /** Whether the configuration is no longer the version {@code etag}. */
        boolean changedSince(String etag);
    }

    private record FixedLoading(Pipeline fixed) implements Loading {
        @Override
        public Loaded load() {
            return new Loaded(fixed, "");
        }

        @Override
        public boolean changedSince(String etag) {
            return false;
        }
    }

    private record FileLoading(String file, PipelineConfigLoader loader) implements Loading {
        @Override
        public Loaded load() {
            return new Loaded(Pipeline.fromConfig(loader.load(Path.of(file))), "");
        }

        @Override
        public boolean changedSince(String etag) {
            return false;
        }
    }

    private record ClassPathLoading(String key, String resource, PipelineConfigLoader loader) implements Loading {
        @Override
        public Loaded load() {
            try (InputStream in = PipelineSource.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new ConfigException(key + ": no resource " + resource + " on the class path");
                }
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                return new Loaded(Pipeline.fromConfig(
                        loader.parse(text, PipelineConfigLoader.Format.of(Path.of(resource)))), "");
            } catch (IOException e) {
                throw new ConfigException(key + ": cannot read resource " + resource + ": " + e.getMessage(), e);
            }
        }

        @Override
        public boolean changedSince(String etag) {
            return false;
        }
    }

    private static final class S3Loading implements Loading {
        private static final int NOT_FOUND = 404;
        private static final int TOO_MANY_REQUESTS = 429;
        private static final int SERVER_ERROR = 500;

        private final String key;
        private final String location;
        private final String bucket;
        private final String objectKey;
        private final PipelineConfigLoader loader;
        private final Supplier<S3Client> clients;

        S3Loading(String key, String location, PipelineConfigLoader loader, Supplier<S3Client> clients) {
            URI uri;
            try {
                uri = URI.create(location);
            } catch (IllegalArgumentException e) {
                throw new ConfigException(key + ": must be s3://bucket/key, was '" + location + "'");
            }
            if (uri.getHost() == null || uri.getPath() == null || uri.getPath().length() < 2) {
                throw new ConfigException(key + ": must be s3://bucket/key, was '" + location + "'");
            }
            this.key = key;
            this.location = location;
            this.bucket = uri.getHost();
            this.objectKey = uri.getPath().substring(1);
            this.loader = loader;
            this.clients = clients;
        }

        @Override
        public Loaded load() {
            ResponseBytes<GetObjectResponse> object;
            try {
                object = clients.get().getObjectAsBytes(request -> request.bucket(bucket).key(objectKey));
            } catch (SdkException e) {
                throw failure(e);
            }
            Pipeline pipeline = Pipeline.fromConfig(loader.parse(object.asUtf8String(),
                    PipelineConfigLoader.Format.of(Path.of(objectKey))));
            return new Loaded(pipeline, object.response().eTag());
        }

        @Override
        public boolean changedSince(String etag) {
            try {
                return !clients.get().headObject(request -> request.bucket(bucket).key(objectKey)).eTag()
                        .equals(etag);
            } catch (SdkException e) {
                throw failure(e);
            }
        }

        /** A missing object is a configuration error, a refusal final, anything else worth retrying. */
        private NfeException failure(SdkException e) {
            String what = "Cannot read the configuration " + location;
            if (e instanceof S3Exception s3 && s3.statusCode() == NOT_FOUND) {
                return new ConfigException(key + ": " + what + ": no such object", e);
            }
            if (e instanceof S3Exception s3 && s3.statusCode() < SERVER_ERROR && s3.statusCode() != TOO_MANY_REQUESTS) {
                return new NfeException(what + ": S3 error " + s3.statusCode(), e);
            }
            return new TransientException(what + ": " + e.getClass().getSimpleName() + " talking to S3", e);
        }
    }
}
