package dev.nfe.examples.bench;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.nfe.core.config.PluginRegistry;
import dev.nfe.core.generate.GeneratedDocument;
import dev.nfe.core.generate.NfeGenerator;
import dev.nfe.core.spi.Checkpoint;
import dev.nfe.core.spi.ConfigSection;
import dev.nfe.core.spi.ExtractSink;
import dev.nfe.core.spi.Extractor;
import dev.nfe.core.spi.ExtractorFactory;
import dev.nfe.core.spi.PluginContext;
import dev.nfe.core.spi.RawDocument;
import dev.nfe.core.spi.SourceLedger;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Throughput of the {@code http} extractor against a WireMock server that answers every request after 50 ms: list
 * pages of ids, then one detail request per document, at concurrency 1 (the baseline) and 8, in the same run.
 *
 * <p>Usage: {@code ExtractBenchmark [pages] [documentsPerPage]}.
 */
public final class ExtractBenchmark {
    private static final int LATENCY_MILLIS = 50;
    private static final PluginContext CONTEXT =
            new PluginContext("bench", Clock.systemUTC(), name -> Optional.empty());

    private final WireMockServer server;
    private final int documents;
    private final PrintStream out;

    private ExtractBenchmark(WireMockServer server, int documents, PrintStream out) {
        this.server = server;
        this.documents = documents;
        this.out = out;
    }

    public static void main(String[] args) {
        int pages = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int perPage = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort().containerThreads(40));
        server.start();
        try {
            stub(server, pages, perPage);
            new ExtractBenchmark(server, pages * perPage, System.out).run();
        } finally {
            server.stop();
        }
    }

    private static void stub(WireMockServer server, int pages, int perPage) {
        NfeGenerator generator = NfeGenerator.seeded(7L);
        for (int page = 1; page <= pages + 1; page++) {
            int first = (page - 1) * perPage;
            String ids = page > pages ? "" : IntStream.range(first, first + perPage)
                    .mapToObj(i -> "{\"id\": \"d" + i + "\"}").collect(Collectors.joining(", "));
            server.stubFor(get(urlPathEqualTo("/nfe")).withQueryParam("page",
                            equalTo(Integer.toString(page)))
                    .willReturn(okJson("[" + ids + "]").withFixedDelay(LATENCY_MILLIS)));
        }
        for (int i = 0; i < pages * perPage; i++) {
            GeneratedDocument document = generator.generate(i);
            server.stubFor(get(urlPathEqualTo("/nfe/d" + i)).willReturn(aResponse()
                    .withHeader("Content-Type", "application/xml")
                    .withBody(document.xml())
                    .withFixedDelay(LATENCY_MILLIS)));
        }
    }

    private void run() {
        out.printf(Locale.ROOT, "documents=%d, every response delayed %d ms, list page + one detail per document%n",
                documents, LATENCY_MILLIS);
        measure(8);
        double baseline = measure(1);
        double concurrent = measure(8);
        out.printf(Locale.ROOT, "ratio concurrency 8 / concurrency 1 = %.1fx the throughput%n", baseline / concurrent);
    }

    private double measure(int concurrency) {
        Extractor extractor = PluginRegistry.load(ExtractorFactory.class)
                .factory("extract.type", "http")
                .create(new ConfigSection("extract", Map.of(
                        "url", server.baseUrl() + "/nfe",
                        "pagination", Map.of("style", "page", "pageParam", "page", "startPage", 1),
                        "detailUrl", server.baseUrl() + "/nfe/{id}",
                        "idPointer", "/id",
                        "concurrency", concurrency)), CONTEXT);
        CountingSink sink = new CountingSink();
        long start = System.nanoTime();
        extractor.extract(Checkpoint.empty(), sink);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (sink.documents != documents || sink.rejected != 0) {
            throw new IllegalStateException("Extracted " + sink.documents + " of " + documents + " documents, "
                    + sink.rejected + " rejected");
        }
        out.printf(Locale.ROOT, "concurrency %d: %7.2f s %8.1f docs/s%n", concurrency, seconds, documents / seconds);
        return seconds;
    }

    /** Counts what the extractor commits, as a bronze writer would receive it. */
    private static final class CountingSink implements ExtractSink {
        private final Map<String, String> ledger = new HashMap<>();
        private long documents;
        private long rejected;

        @Override
        public SourceLedger ledger() {
            return new SourceLedger() {
                @Override
                public Optional<String> fingerprint(String source) {
                    return Optional.ofNullable(ledger.get(source));
                }

                @Override
                public void record(Map<String, String> fingerprints) {
                    ledger.putAll(fingerprints);
                }

                @Override
                public void reject(String source, String reason) {
                    rejected++;
                }
            };
        }

        @Override
        public void commit(List<RawDocument> page, Checkpoint next) {
            documents += page.size();
        }

        @Override
        public Instant deadline() {
            return Instant.MAX;
        }
    }
}
