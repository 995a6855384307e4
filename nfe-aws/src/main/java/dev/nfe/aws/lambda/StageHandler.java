package dev.nfe.aws.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.nfe.core.config.PipelineConfigLoader;
import dev.nfe.core.runtime.Pipeline;
import dev.nfe.core.runtime.ProgressListener;
import dev.nfe.core.runtime.StagePayloads;
import dev.nfe.core.runtime.StageRequest;
import dev.nfe.core.spi.ConfigException;
import dev.nfe.core.spi.RunSummary;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A Lambda function running one stage payload ({@link StagePayloads}) per invocation and answering with its
 * summaries. The pipeline is built once per instance from the configuration file named by {@code NFE_CONFIG}; a
 * payload naming another configuration file gets a pipeline built for that invocation. The run's time budget is the
 * invocation's remaining time less {@link #RESPONSE_MARGIN}, or the payload's own budget when that is shorter.
 */
public final class StageHandler implements RequestStreamHandler {
    /** The environment variable naming the configuration file of the warm pipeline. */
    public static final String CONFIG_ENV = "NFE_CONFIG";
    /** Time kept back from the invocation's remaining time to write the response. */
    public static final Duration RESPONSE_MARGIN = Duration.ofSeconds(10);

    private final Optional<String> location;
    private final Optional<Pipeline> warm;

    /** The handler Lambda instantiates: builds the pipeline of {@code NFE_CONFIG}, when set. */
    public StageHandler() {
        this.location = Optional.ofNullable(System.getenv(CONFIG_ENV));
        this.warm = location.map(StageHandler::load);
    }

    /** A handler running requests on {@code pipeline}, unless a payload names a configuration file. */
    public StageHandler(Pipeline pipeline) {
        this.location = Optional.empty();
        this.warm = Optional.of(Objects.requireNonNull(pipeline, "pipeline"));
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        StageRequest request = StagePayloads.readRequest(new String(input.readAllBytes(), StandardCharsets.UTF_8));
        Pipeline pipeline = request.config().filter(config -> !location.equals(Optional.of(config)))
                .map(StageHandler::load)
                .or(() -> warm)
                .orElseThrow(() -> new ConfigException("payload.config: required key is missing, since "
                        + CONFIG_ENV + " is not set"));
        Duration remaining = Duration.ofMillis(context.getRemainingTimeInMillis()).minus(RESPONSE_MARGIN);
        Duration budget = remaining.isNegative() ? Duration.ZERO : remaining;
        StageRequest bounded = request.withTimeBudget(
                request.timeBudget().filter(own -> own.compareTo(budget) < 0).orElse(budget));
        List<RunSummary> summaries = pipeline.runStages(bounded, ProgressListener.NONE);
        output.write(StagePayloads.write(request, summaries).getBytes(StandardCharsets.UTF_8));
    }

    private static Pipeline load(String file) {
        return Pipeline.fromConfig(PipelineConfigLoader.create().load(Path.of(file)));
    }
}
