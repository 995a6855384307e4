package dev.nfe.examples.bench;

import com.ctc.wstx.stax.WstxInputFactory;
import com.fasterxml.aalto.stax.InputFactoryImpl;
import dev.nfe.core.config.PluginRegistry;
import dev.nfe.core.generate.NfeGenerator;
import dev.nfe.core.silver.DocumentVersion;
import dev.nfe.core.silver.SilverRows;
import dev.nfe.core.silver.SilverTables;
import dev.nfe.core.spi.BatchTarget;
import dev.nfe.core.spi.BatchWriter;
import dev.nfe.core.spi.ConfigSection;
import dev.nfe.core.spi.Deserializer;
import dev.nfe.core.spi.DeserializerFactory;
import dev.nfe.core.spi.LayerWriter;
import dev.nfe.core.spi.LayerWriterFactory;
import dev.nfe.core.spi.ParseOutcome;
import dev.nfe.core.spi.PluginContext;
import dev.nfe.core.spi.RawDocument;
import dev.nfe.core.storage.LocalStorage;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Transform throughput on one thread, as ratios against baselines measured in the same run over the same bytes:
 * a raw hardened StAX pass that only walks the events (the floor for any streaming parser; with the JDK's reader, and
 * for comparison with Woodstox, which {@code nfe-xml} uses, and with Aalto), our {@code nfe-xml}
 * deserializer (parse + validate), and the whole silver transform (parse + validate + map + Parquet on local storage).
 * When {@code /usr/bin/python3} has pandas and xmltodict, the reference system's transform
 * ({@code ../shared/bench/seed_style_transform.py}) runs over the same documents too.
 *
 * <p>Usage: {@code TransformBenchmark [documents] [rounds]}; prints one line per measurement and the ratios. Each
 * round pairs the raw JDK pass with the measured work, and the ratio is the median of the per-round ratios.
 */
public final class TransformBenchmark {
    private static final Instant NOW = Instant.parse("2026-03-02T12:00:00Z");
    private static final PluginContext CONTEXT =
            new PluginContext("bench", Clock.fixed(NOW, ZoneOffset.UTC), name -> Optional.empty());
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final Path PYTHON = Path.of("/usr/bin/python3");
    private static final Pattern SECONDS = Pattern.compile("\"seconds\":\\s*([0-9.]+)");

    private final List<RawDocument> documents;
    private final long bytes;
    private final PrintStream out;

    private TransformBenchmark(List<RawDocument> documents, PrintStream out) {
        this.documents = documents;
        this.bytes = documents.stream().mapToLong(RawDocument::size).sum();
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        NfeGenerator generator = NfeGenerator.seeded(42L);
        List<RawDocument> documents = generator.stream(count)
                .map(document -> document.toRawDocument("bench/" + document.index(), NOW))
                .toList();
        new TransformBenchmark(documents, System.out).run(generator, rounds);
    }

    private void run(NfeGenerator generator, int rounds) throws Exception {
        out.printf(Locale.ROOT, "documents=%d bytes=%d (%.1f MiB) rounds=%d, one thread; each round runs the raw JDK StAX "
                + "pass and then the measured work, CPU seconds of the measuring thread, medians reported%n", documents.size(), bytes, bytes / 1048576.0, rounds);
        Measured stax = () -> rawStax(XMLInputFactory.newDefaultFactory());
        Paired woodstox = paired(rounds, "raw StAX pass (Woodstox)", stax, () -> rawStax(new WstxInputFactory()));
        Paired aalto = paired(rounds, "raw StAX pass (Aalto)", stax, () -> rawStax(new InputFactoryImpl()));
        Paired parse = paired(rounds, "nfe-xml parse+validate", stax, this::deserialize);
        Paired silver = paired(rounds, "silver transform (parse+validate+map+Parquet)", stax, this::transform);
        report("raw StAX pass (JDK)", silver.baseline());
        out.printf(Locale.ROOT, "ratio raw Woodstox / raw StAX (JDK) = %.2fx the time%n", woodstox.ratio());
        out.printf(Locale.ROOT, "ratio raw Aalto / raw StAX (JDK) = %.2fx the time%n", aalto.ratio());
        out.printf(Locale.ROOT, "ratio parse+validate / raw StAX = %.2fx the time%n", parse.ratio());
        out.printf(Locale.ROOT, "ratio silver transform / raw StAX = %.2fx the time%n", silver.ratio());
        Optional<Double> python = python(generator);
        python.ifPresent(seconds -> {
            report("reference transform (python xmltodict+pandas, no Parquet)", seconds);
            out.printf(Locale.ROOT, "ratio reference / silver transform = %.1fx faster%n", seconds / silver.seconds());
        });
    }

    /**
     * Runs {@code baseline} and then {@code measured} once per round after one warm-up pair, and reports the median
     * time of each and the median of the per-round ratios, so a machine whose speed drifts between rounds still
     * gives a fair ratio.
     */
    private Paired paired(int rounds, String name, Measured baseline, Measured measured) throws Exception {
        baseline.run();
        measured.run();
        double[] baselines = new double[rounds];
        double[] times = new double[rounds];
        double[] ratios = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            baselines[i] = time(baseline);
            times[i] = time(measured);
            ratios[i] = times[i] / baselines[i];
        }
        Paired paired = new Paired(median(baselines), median(times), median(ratios));
        report(name, paired.seconds());
        return paired;
    }

    /**
     * Seconds of CPU the calling thread spent in {@code measured}: on a machine shared with other work, the wall time
     * of a one-thread run mostly measures the others, its CPU time much less so.
     */
    private static double time(Measured measured) throws Exception {
        long start = THREADS.getCurrentThreadCpuTime();
        measured.run();
        return (THREADS.getCurrentThreadCpuTime() - start) / 1e9;
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /** Median seconds of the baseline and of the measured work, and the median of their per-round ratios. */
    private record Paired(double baseline, double seconds, double ratio) {
    }

    private void report(String name, double seconds) {
        out.printf(Locale.ROOT, "%-55s %8.3f s %10.0f docs/s %8.1f MiB/s%n",
                name, seconds, documents.size() / seconds, bytes / 1048576.0 / seconds);
    }

    /** One pass over every document with {@code factory}, created explicitly so the class path cannot choose it. */
    private void rawStax(XMLInputFactory factory) throws XMLStreamException {
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        long characters = 0;
        for (RawDocument document : documents) {
            XMLStreamReader reader = factory.createXMLStreamReader(document.openStream());
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamConstants.CHARACTERS) {
                    characters += reader.getTextLength();
                }
            }
            reader.close();
        }
        requireWork(characters);
    }

    private void deserialize() {
        Deserializer deserializer = deserializer();
        AtomicLong parsed = new AtomicLong();
        for (RawDocument document : documents) {
            deserializer.deserialize(document, outcome -> {
                if (outcome instanceof ParseOutcome.Parsed) {
                    parsed.incrementAndGet();
                }
            });
        }
        requireAll(parsed.get());
    }

    private void transform() throws IOException {
        Deserializer deserializer = deserializer();
        LayerWriter writer = PluginRegistry.load(LayerWriterFactory.class)
                .factory("transform.writer.type", "parquet")
                // one thread: the CPU time measured is the calling thread's, so no table may be encoded on another
                .create(new ConfigSection("transform.writer", Map.of("threads", 1)), CONTEXT);
        Path lake = Files.createTempDirectory("nfe-bench-");
        AtomicLong parsed = new AtomicLong();
        try (BatchWriter batch = writer.open(new LocalStorage(lake),
                new BatchTarget("silver", "bench", LocalDate.of(2026, 3, 2), SilverTables.all()))) {
            for (RawDocument document : documents) {
                deserializer.deserialize(document, outcome -> {
                    if (outcome instanceof ParseOutcome.Parsed kept) {
                        parsed.incrementAndGet();
                        SilverRows.emit(kept.document(), new DocumentVersion("ab".repeat(32), false), "bench", kept.source(), batch::write);
                    }
                });
            }
            batch.commit();
        } finally {
            Folders.delete(lake);
        }
        requireAll(parsed.get());
    }

    private Optional<Double> python(NfeGenerator generator) throws IOException, InterruptedException {
        Path script = Path.of("..", "shared", "bench", "seed_style_transform.py");
        if (!Files.isExecutable(PYTHON) || !Files.exists(script)) {
            out.println("reference transform skipped: /usr/bin/python3 or " + script + " not found");
            return Optional.empty();
        }
        Path bronze = Files.createTempDirectory("nfe-bench-bronze-");
        try {
            generator.writeTo(bronze, documents.size());
            Process process = new ProcessBuilder(PYTHON.toString(), script.toString(), bronze.toString())
                    .redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            Matcher seconds = SECONDS.matcher(output);
            if (process.waitFor() != 0 || !seconds.find()) {
                out.println("reference transform skipped: " + output.strip());
                return Optional.empty();
            }
            return Optional.of(Double.parseDouble(seconds.group(1)));
        } finally {
            Folders.delete(bronze);
        }
    }

    private static Deserializer deserializer() {
        return PluginRegistry.load(DeserializerFactory.class)
                .factory("transform.deserializer.type", "nfe-xml")
                .create(ConfigSection.empty("transform.deserializer"), CONTEXT);
    }

    private void requireAll(long parsed) {
        if (parsed != documents.size()) {
            throw new IllegalStateException("Only " + parsed + " of " + documents.size() + " documents parsed");
        }
    }

    private static void requireWork(long characters) {
        if (characters == 0) {
            throw new IllegalStateException("The StAX pass read no text");
        }
    }

    @FunctionalInterface
    private interface Measured {
        void run() throws Exception;
    }
}
