package dev.nfe.aws.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import dev.nfe.core.config.PipelineConfigLoader;
import dev.nfe.core.runtime.Pipeline;
import dev.nfe.core.runtime.ProgressListener;
import dev.nfe.core.runtime.Stage;
import dev.nfe.core.runtime.StagePayloads;
import dev.nfe.core.runtime.StageRequest;
import dev.nfe.core.spi.ConfigException;
import dev.nfe.core.spi.RunSummary;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * What every handler does with one invocation: read the payload, pick the pipeline (the warm one, or the one of the
 * configuration the payload names, kept for later invocations), run the stages within the remaining time and write
 * the summaries. Every failure reaches a notifier once and is rethrown unchanged, so Lambda and the caller see it:
 * a stage's inside the pipeline; one before any stage (an unreadable payload, a payload for another pipeline, a
 * changed configuration that does not build) through the pipeline last built, when there is one.
 */
final class StageInvocation {
    private final Optional<Stage> stage;
    private final Optional<PipelineSource> warm;
    private final Supplier<PipelineConfigLoader> loader;
    private final Supplier<S3Client> s3;
    private final Map<String, PipelineSource> named = new ConcurrentHashMap<>();

    private StageInvocation(Optional<Stage> stage, Optional<PipelineSource> warm, Supplier<PipelineConfigLoader> loader,
            Supplier<S3Client> s3) {
        this.stage = stage;
        this.warm = warm;
        this.loader = loader;
        this.s3 = s3;
    }

    /** An invocation of the pipeline {@link StageHandler#CONFIG_ENV} names, when set; built now. */
    static StageInvocation fromEnvironment(Optional<Stage> stage) {
        Supplier<PipelineConfigLoader> loader = once(PipelineConfigLoader::create);
        Supplier<S3Client> s3 = once(() -> S3Client.builder().httpClientBuilder(UrlConnectionHttpClient.builder())
                .build());
        Optional<PipelineSource> warm = Optional.ofNullable(System.getenv(StageHandler.CONFIG_ENV))
                .map(location -> PipelineSource.open(StageHandler.CONFIG_ENV, location, loader.get(), s3));
        return new StageInvocation(stage, warm, loader, s3);
    }

    /** An invocation of {@code source}'s pipeline, unless a payload names another configuration. */
    static StageInvocation of(Optional<Stage> stage, PipelineSource source) {
        Objects.requireNonNull(source, "source");
        return new StageInvocation(stage, Optional.of(source), once(PipelineConfigLoader::create),
                once(() -> S3Client.builder().httpClientBuilder(UrlConnectionHttpClient.builder()).build()));
    }

    void handle(InputStream input, OutputStream output, Context context) {
        Optional<Pipeline> reportTo = warm.flatMap(PipelineSource::lastBuilt);
        StageRequest request;
        Pipeline pipeline;
        try {
            request = stage.map(only -> StagePayloads.readRequest(input, only))
                    .orElseGet(() -> StagePayloads.readRequest(input));
            PipelineSource source = source(request);
            reportTo = source.lastBuilt().or(() -> warm.flatMap(PipelineSource::lastBuilt));
            pipeline = source.pipeline();
            reportTo = Optional.of(pipeline);
            if (!request.pipeline().equals(pipeline.name())) {
                throw new ConfigException("payload.pipeline: is '" + request.pipeline() + "', but the configuration "
                        + source.location() + " is of pipeline '" + pipeline.name() + "'");
            }
        } catch (RuntimeException e) {
            reportTo.ifPresent(known -> known.reportFailure(stage.orElse(Stage.ALL), e));
            throw e;
        }
        Duration remaining = Duration.ofMillis(context.getRemainingTimeInMillis()).minus(StageHandler.RESPONSE_MARGIN);
        Duration budget = remaining.isNegative() ? Duration.ZERO : remaining;
        StageRequest bounded = request.withTimeBudget(
                request.timeBudget().filter(own -> own.compareTo(budget) < 0).orElse(budget));
        List<RunSummary> summaries = pipeline.runStages(bounded, ProgressListener.NONE);
        StagePayloads.write(request, summaries, output);
    }

    private PipelineSource source(StageRequest request) {
        Optional<String> config = request.config()
                .filter(location -> warm.map(PipelineSource::location).filter(location::equals).isEmpty());
        if (config.isPresent()) {
            return named.computeIfAbsent(config.get(),
                    location -> PipelineSource.open("payload.config", location, loader.get(), s3));
        }
        return warm.orElseThrow(() -> new ConfigException("payload.config: required key is missing, since "
                + StageHandler.CONFIG_ENV + " is not set"));
    }

    /** {@code build}'s value, built on first use and kept: the warm-instance rule for clients. */
    private static <T> Supplier<T> once(Supplier<T> build) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = build.get();
                }
                return value;
            }
        };
    }
}
