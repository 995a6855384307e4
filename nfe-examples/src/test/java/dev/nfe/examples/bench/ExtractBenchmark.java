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
 * pages of ids, then one detail request per document, at concurrency 1 (the baseline), 4, 8 and 16, in the same run;
 * then at concurrency 16 under a rate limit, checking from the server's request log that no second ever received
 * more requests than the limit.
 *
 * <p>Usage: {@code ExtractBenchmark [pages] [documentsPerPage]}.
 */
public final class ExtractBenchmark {
    private static final int LATENCY_MILLIS = 50;
    private static final List<Integer> CONCURRENCIES = List.of(4, 8, 16);
    /** The rate limit of the last run, in requests per second: well below what concurrency 16 reaches unlimited. */
    private static final int RATE_LIMIT = 40;
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
        measure(8, Map.of());
        double baseline = measure(1, Map.of());
        for (int concurrency : CONCURRENCIES) {
            double seconds = measure(concurrency, Map.of());
            out.printf(Locale.ROOT, "ratio concurrency %d / concurrency 1 = %.1fx the throughput%n", concurrency,
                    baseline / seconds);
        }
        server.resetRequests();
        long start = System.currentTimeMillis();
        measure(16, Map.of("rateLimit", RATE_LIMIT));
        out.printf(Locale.ROOT, "rate limit %d requests/s at concurrency 16: at most %d requests in any second%n",
                RATE_LIMIT, busiestSecond(start));
    }

    /**
     * The most requests the server received in any window of one second, from its request log (millisecond times).
     */
    private int busiestSecond(long since) {
        long[] times = server.getAllServeEvents().stream()
                .mapToLong(event -> event.getRequest().getLoggedDate().getTime())
                .filter(time -> time >= since)
                .sorted()
                .toArray();
        int busiest = 0;
        int first = 0;
        for (int last = 0; last < times.length; last++) {
            while (times[last] - times[first] >= 1_000) {
                first++;
            }
            busiest = Math.max(busiest, last - first + 1);
        }
        return busiest;
    }

    private double measure(int concurrency, Map<String, Object> extra) {
        Map<String, Object> config = new HashMap<>(Map.of(
                "url", server.baseUrl() + "/nfe",
                "pagination", Map.of("style", "page", "pageParam", "page", "startPage", 1),
                "detailUrl", server.baseUrl() + "/nfe/{id}",
                "idPointer", "/id",
                "concurrency", concurrency));
        config.putAll(extra);
        Extractor extractor = PluginRegistry.load(ExtractorFactory.class)
                .factory("extract.type", "http")
                .create(new ConfigSection("extract", config), CONTEXT);
        CountingSink sink = new CountingSink();
        long start = System.nanoTime();
        extractor.extract(Checkpoint.empty(), sink);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (sink.documents != documents || sink.rejected != 0) {
            throw new IllegalStateException("Extracted " + sink.documents + " of " + documents + " documents, "
                    + sink.rejected + " rejected");
        }
        out.printf(Locale.ROOT, "concurrency %d%s: %7.2f s %8.1f docs/s%n", concurrency,
                extra.isEmpty() ? "" : " " + extra, seconds, documents / seconds);
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
