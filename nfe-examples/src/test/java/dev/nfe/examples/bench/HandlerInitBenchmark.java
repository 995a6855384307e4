package dev.nfe.examples.bench;

import dev.nfe.aws.lambda.PipelineSource;
import dev.nfe.aws.lambda.TransformHandler;
import dev.nfe.core.config.PipelineConfigLoader;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The init phase of a Lambda function: what the {@link TransformHandler} constructor costs when the JVM is fresh
 * (class loading, configuration binding, the S3 storage's and SNS notifier's SDK clients; no network call, since
 * building a client sends nothing), against the same construction repeated in the warm JVM as the baseline. Run it
 * on the Lambda artifact's class path to measure what Lambda loads:
 *
 * <pre>{@code
 * java -cp nfe-examples/target/nfe-lambda.jar:nfe-examples/target/test-classes \
 *     dev.nfe.examples.bench.HandlerInitBenchmark 20
 * }</pre>
 *
 * <p>Usage: {@code HandlerInitBenchmark [warmRepetitions]}.
 */
public final class HandlerInitBenchmark {
    private static final String CONFIG = """
            pipeline: nfe-init
            storage: { type: s3, bucket: nfe-lake, region: sa-east-1 }
            transform: { deserializer: nfe-xml }
            notify: { type: sns, topicArn: 'arn:aws:sns:sa-east-1:123456789012:nfe-alerts' }
            """;

    private HandlerInitBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int repetitions = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        Path config = Files.createTempFile("nfe-init-", ".yaml");
        try {
            Files.writeString(config, CONFIG);
            run(config, repetitions, System.out);
        } finally {
            Files.deleteIfExists(config);
        }
    }

    private static void run(Path config, int repetitions, PrintStream out) {
        long sinceJvmStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        long cold = timeConstruction(config);
        long warmTotal = 0;
        for (int i = 0; i < repetitions; i++) {
            warmTotal += timeConstruction(config);
        }
        double warm = warmTotal / (double) repetitions;
        out.printf(Locale.ROOT, "handler init (TransformHandler, s3 storage + sns notifier clients), JVM %s%n",
                System.getProperty("java.version"));
        out.printf(Locale.ROOT, "  JVM start to main:            %6d ms%n", sinceJvmStart);
        out.printf(Locale.ROOT, "  cold construction (1st):      %6.1f ms%n", cold / 1e6);
        out.printf(Locale.ROOT, "  warm construction (mean of %d): %6.1f ms  (baseline)%n", repetitions, warm / 1e6);
        out.printf(Locale.ROOT, "  cold / warm:                  %6.1fx%n", cold / warm);
    }

    private static long timeConstruction(Path config) {
        long start = System.nanoTime();
        new TransformHandler(PipelineSource.open("NFE_CONFIG", config.toString(), PipelineConfigLoader.create(),
                () -> {
                    throw new IllegalStateException("A file configuration needs no S3 client");
                }));
        return System.nanoTime() - start;
    }
}
