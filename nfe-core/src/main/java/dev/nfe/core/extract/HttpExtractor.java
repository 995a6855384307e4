package dev.nfe.core.extract;

import com.fasterxml.jackson.core.JsonPointer;
import dev.nfe.core.spi.Checkpoint;
import dev.nfe.core.spi.ExtractSink;
import dev.nfe.core.spi.Extractor;
import dev.nfe.core.spi.MediaType;
import dev.nfe.core.spi.NfeException;
import dev.nfe.core.spi.RawDocument;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Extracts documents from a paginated HTTP API (plugin type {@code http}); see {@link HttpConfigBinding} for its
 * configuration, {@link Pagination} for the styles and their checkpoint keys, {@link ResponseFormat} for how a page
 * splits into documents and {@link HttpFetcher} for retries, limits and errors.
 *
 * <p>Each page is committed with the checkpoint of the page after it, so a restart neither re-requests a committed
 * page nor skips one. An empty page ends the run; so does a page that names no next one. A cursor or next URL
 * seen before in the run, or a response identical to the previous page's, stops the run with an
 * {@link NfeException} instead of looping. Within a page, documents are de-duplicated by id; across pages they are
 * not (bronze de-duplicates). Detail requests run {@code concurrency} at a time and keep list order. Immutable;
 * one extraction at a time per instance.
 *
 * <p>The sink's deadline bounds the run: no page starts when less than {@code deadlineMargin} remains, and the
 * requests of a page (with their retries) are cut off when half of it remains ({@link CallDeadline}); the page in
 * hand is then dropped uncommitted and the run returns its last checkpoint as a partial result.
 */
final class HttpExtractor implements Extractor {
    private static final Logger log = LoggerFactory.getLogger(HttpExtractor.class);

    private final HttpSourceConfig config;
    private final Clock clock;
    private final Redactor redactor;
    private final RequestTemplate template;
    private final HttpFetcher fetcher;

    /**
     * @param clock gives {@link RawDocument#fetchedAt()}, reads {@code Retry-After} dates and is compared with the
     *     sink's deadline
     * @param sleeper performs retry and rate-limit waits
     */
    HttpExtractor(HttpSourceConfig config, Clock clock, Sleeper sleeper) {
        this.config = Objects.requireNonNull(config, "config");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.redactor = Redactor.of(config.auth());
        this.template = new RequestTemplate(config.body());
        // HTTP/1.1 keeps connection behaviour predictable behind proxies; detail requests use parallel connections.
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        Optional<RequestRateLimiter> rateLimiter = config.requestsPerSecond().isPresent()
                ? Optional.of(new RequestRateLimiter(config.requestsPerSecond().getAsDouble(), System::nanoTime,
                        sleeper))
                : Optional.empty();
        this.fetcher = new HttpFetcher(client, config, clock, sleeper, rateLimiter, redactor);
    }

    @Override
    public ExtractResult extract(Checkpoint from, ExtractSink sink) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(sink, "sink");
        Optional<ExecutorService> pool = config.detail()
                .filter(detail -> detail.concurrency() > 1)
                .map(detail -> Executors.newFixedThreadPool(detail.concurrency(), detailThreads()));
        try {
            return new Run(from, sink, pool).run();
        } finally {
            pool.ifPresent(ExecutorService::shutdownNow);
        }
    }

    private static ThreadFactory detailThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "nfe-http-detail-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** The state of one extraction. */
    private final class Run {
        private final ExtractSink sink;
        private final Optional<ExecutorService> pool;
        private final Map<String, Integer> seenTokens = new HashMap<>();
        private Checkpoint committed;
        private CallDeadline calls;
        private byte[] previousBody = new byte[0];
        private int pages;
        private long documents;

        Run(Checkpoint from, ExtractSink sink, Optional<ExecutorService> pool) {
            this.committed = from;
            this.sink = sink;
            this.pool = pool;
        }

        ExtractResult run() {
            try {
                return pages();
            } catch (DeadlineReached e) {
                log.info("Stopped extraction from {} at the deadline after {} pages, {} documents; the page in hand"
                        + " is requested again next run: {}", redactor.show(config.url()), pages, documents,
                        e.getMessage());
                return new ExtractResult(committed, false);
            }
        }

        private ExtractResult pages() {
            Pagination pagination = config.pagination();
            Pagination.Position position = pagination.start(committed, config.url());
            position.token().ifPresent(token -> seenTokens.put(token, 0));
            while (true) {
                if (!clock.instant().plus(config.deadlineMargin()).isBefore(sink.deadline())) {
                    log.info("Stopped extraction from {} before the deadline after {} pages, {} documents",
                            redactor.show(config.url()), pages, documents);
                    return new ExtractResult(committed, false);
                }
                int page = pages + 1;
                calls = CallDeadline.of(clock, sink.deadline(), config.deadlineMargin());
                HttpReply reply = fetcher.fetch(pagination.request(position, template), calls);
                Optional<JsonBody> json = config.format().needsJson()
                        ? Optional.of(JsonBody.parse(reply, redactor))
                        : Optional.empty();
                List<ResponseFormat.Item> items = config.format().items(reply, json);
                if (items.isEmpty()) {
                    log.debug("Page {} of {} is empty: the source is exhausted", page, reply.source());
                    return finished();
                }
                checkNotRepeated(page, reply);
                Optional<Pagination.Position> next =
                        pagination.next(position, new Pagination.Reply(reply, json, items.size(), redactor));
                if (next.isPresent()) {
                    checkNewToken(page, next.get(), reply);
                }
                List<RawDocument> pageDocuments = documentsOf(page, reply, items);
                Checkpoint checkpoint = pagination.save(committed, next.orElse(position));
                sink.commit(pageDocuments, checkpoint);
                committed = checkpoint;
                pages = page;
                documents += pageDocuments.size();
                log.debug("Committed page {} of {}: {} documents", page, reply.source(), pageDocuments.size());
                if (next.isEmpty()) {
                    return finished();
                }
                position = next.get();
            }
        }

        private ExtractResult finished() {
            log.info("Extracted {} documents in {} pages from {}", documents, pages, redactor.show(config.url()));
            return new ExtractResult(committed, true);
        }

        private void checkNotRepeated(int page, HttpReply reply) {
            byte[] body = reply.body();
            if (Arrays.equals(body, previousBody)) {
                throw new NfeException("Cannot continue extraction from " + reply.source() + ": page loop detected "
                        + "at page " + page + ": the response is identical to page " + (page - 1));
            }
            previousBody = body;
        }

        private void checkNewToken(int page, Pagination.Position next, HttpReply reply) {
            if (next.token().isEmpty()) {
                return;
            }
            Integer first = seenTokens.putIfAbsent(next.token().get(), page);
            if (first != null) {
                String name = config.pagination().tokenName();
                String where = first == 0 ? "was where this run started" : "was already returned at page " + first;
                throw new NfeException("Cannot continue extraction from " + reply.source() + ": " + name
                        + " loop detected at page " + page + ": " + name + " "
                        + redactor.redact(next.token().get()) + " " + where);
            }
        }

        private List<RawDocument> documentsOf(int page, HttpReply reply, List<ResponseFormat.Item> items) {
            List<RawDocument> fetched = new ArrayList<>();
            if (config.detail().isEmpty()) {
                Instant fetchedAt = clock.instant();
                for (ResponseFormat.Item item : items) {
                    fetched.add(new RawDocument(item.documentId(), item.bytes(), item.mediaType(), reply.source(),
                            fetchedAt));
                }
            } else {
                for (HttpReply detail : fetchDetails(page, reply, items)) {
                    fetched.add(documentOf(detail));
                }
            }
            Map<String, RawDocument> unique = new LinkedHashMap<>();
            for (RawDocument document : fetched) {
                unique.putIfAbsent(document.id(), document);
            }
            if (unique.size() < fetched.size()) {
                log.debug("Dropped {} repeated documents from page {} of {}", fetched.size() - unique.size(), page,
                        reply.source());
            }
            return List.copyOf(unique.values());
        }

        private RawDocument documentOf(HttpReply detail) {
            byte[] body = detail.body();
            if (DocumentId.firstSignificantByte(body) == -1) {
                throw new NfeException("Cannot extract " + detail.source() + ": the response body is empty");
            }
            MediaType mediaType = MediaTypeSniffer.sniff(body, detail.declaredType());
            return new RawDocument(DocumentId.of(body, mediaType), body, mediaType, detail.source(), clock.instant());
        }

        private List<HttpReply> fetchDetails(int page, HttpReply reply, List<ResponseFormat.Item> items) {
            HttpSourceConfig.Detail detail = config.detail().orElseThrow();
            Set<URI> uris = new LinkedHashSet<>();
            for (int i = 0; i < items.size(); i++) {
                byte[] item = items.get(i).bytes();
                int first = DocumentId.firstSignificantByte(item);
                JsonPointer pointer = detail.idPointer()
                        .orElse(first == '{' || first == '[' ? JsonPointer.compile("/id") : JsonPointer.empty());
                int index = i + 1;
                String id = JsonBody.trusted(item).text(pointer).filter(text -> !text.isBlank())
                        .orElseThrow(() -> new NfeException("Cannot fetch the detail of item " + index + " on page "
                                + page + " of " + reply.source() + ": no id at "
                                + (pointer.matches() ? "the item itself" : pointer.toString())));
                uris.add(URI.create(detail.urlTemplate().replace("{id}", QueryString.encode(id))));
            }
            if (pool.isEmpty()) {
                List<HttpReply> replies = new ArrayList<>();
                for (URI uri : uris) {
                    replies.add(fetcher.fetchDetail(uri, calls));
                }
                return replies;
            }
            List<Future<HttpReply>> futures = new ArrayList<>();
            CallDeadline pageCalls = calls;
            for (URI uri : uris) {
                futures.add(pool.get().submit(() -> fetcher.fetchDetail(uri, pageCalls)));
            }
            try {
                List<HttpReply> replies = new ArrayList<>();
                for (Future<HttpReply> future : futures) {
                    replies.add(future.get());
                }
                return replies;
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException failure) {
                    throw failure;
                }
                throw new NfeException("Cannot fetch the details of page " + page + " of " + reply.source(),
                        e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new NfeException("Interrupted while fetching the details of page " + page + " of "
                        + reply.source(), e);
            } finally {
                futures.forEach(future -> future.cancel(true));
            }
        }
    }
}
