package dev.nfe.spark;

import dev.nfe.core.config.PipelineConfigLoader;
import dev.nfe.core.runtime.Pipeline;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The pipeline each executor JVM builds once from the job's configuration, for its storage and deserializer: built
 * from the same text as the driver's, so every executor reads and parses exactly as the driver would.
 */
final class ExecutorPipelines {
    private static final Map<String, Pipeline> PIPELINES = new ConcurrentHashMap<>();

    private ExecutorPipelines() {
    }

    /** The pipeline of {@code configJson}, a configuration as {@link JobConfig#json()} gives it. */
    static Pipeline of(String configJson) {
        return PIPELINES.computeIfAbsent(configJson, json -> Pipeline.fromConfig(
                PipelineConfigLoader.create().parse(json, PipelineConfigLoader.Format.JSON)));
    }
}
