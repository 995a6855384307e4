package dev.nfe.core.cli;

import dev.nfe.core.config.PipelineConfig;
import dev.nfe.core.config.PipelineConfigLoader;
import dev.nfe.core.runtime.Pipeline;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import picocli.CommandLine.Option;

/** The {@code --config} option of the commands that act on one pipeline, mixed into each of them. */
final class PipelineOption {
    @Option(names = {"-c", "--config"}, required = true, paramLabel = "FILE",
            description = "The pipeline configuration, YAML or JSON.")
    private Path config;

    /** The configuration file as given. */
    Path file() {
        return config;
    }

    /**
     * The pipeline the file describes, its secrets resolved and handed to {@code root} so that every line the command
     * prints redacts them.
     */
    Pipeline pipeline(NfeCommand root, Clock clock) {
        PipelineConfig loaded = PipelineConfigLoader.builder().clock(clock).build().load(config);
        root.secrets().addAll(loaded);
        return Pipeline.builder().config(loaded).clock(clock).build();
    }

    /**
     * Tells the user, on {@code err}, that {@code pipeline} commits silver as plain Parquet files, which have no
     * snapshots to {@code use} ("read", "maintain"), naming the key to change; returns the exit code to end with.
     */
    static int silverIsNotIceberg(PrintWriter err, Pipeline pipeline, String use) {
        err.println("transform.writer: pipeline " + pipeline.name() + " writes silver as plain Parquet files with"
                + " manifests, which have no snapshots to " + use + "; set it to iceberg");
        return ExitCodes.CONFIGURATION;
    }
}
