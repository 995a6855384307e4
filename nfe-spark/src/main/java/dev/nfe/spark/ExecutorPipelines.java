package dev.nfe.spark;

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

    /** The pipeline of the job's configuration {@code text}, read from {@code source}. */
    static Pipeline of(String text, String source) {
        return PIPELINES.computeIfAbsent(text, key -> Pipeline.fromConfig(JobConfig.bind(text, source)));
    }
}
