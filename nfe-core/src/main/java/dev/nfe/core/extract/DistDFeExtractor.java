package dev.nfe.core.extract;

import dev.nfe.core.spi.Checkpoint;
import dev.nfe.core.spi.ExtractSink;
import dev.nfe.core.spi.Extractor;
import dev.nfe.core.spi.MediaType;
import dev.nfe.core.spi.NfeException;
import dev.nfe.core.spi.RawDocument;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pulls the documents issued against a party from SEFAZ's NFeDistribuicaoDFe (plugin type {@code sefaz-dfe}),
 * enforcing the service's rules itself:
 * <ul>
 *   <li>{@code 138} (documents found): each {@code docZip} is decoded under the size and ratio limits; a decoded
 *       one goes into the page, one that cannot be decoded safely is rejected through
 *       {@link dev.nfe.core.spi.SourceLedger#reject} with its NSU and reason (counted, never silent). The page is
 *       committed with the {@code ultNSU} SEFAZ returned, and {@code distNSU} continues while
 *       {@code ultNSU < maxNSU}. Reaching {@code maxNSU} means caught up: like 137, the next call waits an hour.</li>
 *   <li>{@code 137} (nothing new): the {@code ultNSU} returned and a one-hour block are committed; the run ends.</li>
 *   <li>{@code 656} (consumo indevido): the {@code ultNSU} returned and a one-hour block are committed (a call
 *       inside the block restarts SEFAZ's), and the run ends with a warning.</li>
 *   <li>any other status fails the stage with {@code cStat} and {@code xMotivo}; nothing is committed.</li>
 * </ul>
 * A run started inside a block makes no call and ends at once, logging when the next call is allowed. Documents keep
 * their NSU and schema in their {@link RawDocument#source()} ({@code <endpoint>#NSU=…&schema=…}); bronze
 * de-duplicates them by content, so a NSU served twice is stored once. {@code consNSU} and {@code consChNFe} ask
 * for the configured NSUs or chaves one call at a time, at most 20 calls an hour, each recorded in the ledger once
 * its answer is committed. State is kept in the checkpoint ({@link DistDFeState}); time comes from the clock.
 *
 * <p>With a {@link CienciaSender} (off by default), the chave of every authorized NF-e received as a {@code resNFe}
 * is queued in the checkpoint with the page that brought it, and its Ciência da Operação is sent at the start of
 * each run and after each page, at most {@link CienciaSender#maxPerHour()} an hour (the rest wait for a later run).
 * Once SEFAZ answers an event ({@code 135}/{@code 136} registered, {@code 573} already registered, or a refusal),
 * the answer is recorded in the ledger under {@code sefaz-dfe:ciencia=<chave>} and the chave is never sent again;
 * a refusal is logged as a warning. A lot that could not be delivered stays queued for the next run and fails
 * nothing: the documents are already in bronze.
 *
 * <p>No call starts when less than {@code deadlineMargin} remains before the sink's deadline, and a call (with its
 * retries) is cut off when half of it remains ({@link CallDeadline}); the run then returns its last checkpoint as a
 * partial result, and the next run asks the same question again. Immutable; one extraction at a time.
 */
final class DistDFeExtractor implements Extractor {
    private static final Logger log = LoggerFactory.getLogger(DistDFeExtractor.class);
    private static final Pattern SCHEMA = Pattern.compile("[A-Za-z][A-Za-z0-9]*_v[0-9]+\\.[0-9]+\\.xsd");
    private static final String FOUND = "138";
    private static final String NOTHING_NEW = "137";
    private static final String OVERUSE = "656";
    private static final String CIENCIA = "sefaz-dfe:ciencia=";

    private final DistDFeSettings settings;
    private final DistDFeCall service;
    private final Clock clock;
    private final DocZipDecoder decoder;
    private final Optional<CienciaSender> ciencia;

    DistDFeExtractor(DistDFeSettings settings, DistDFeCall service, Optional<CienciaSender> ciencia, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.service = Objects.requireNonNull(service, "service");
        this.ciencia = Objects.requireNonNull(ciencia, "ciencia");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.decoder = new DocZipDecoder(settings.maxDocumentBytes(), settings.maxCompressionRatio());
    }

    @Override
    public ExtractResult extract(Checkpoint from, ExtractSink sink) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(sink, "sink");
        Run run = new Run(from, DistDFeState.from(from), sink);
        run.sendCiencias();
        DistDFeState state = run.state;
        if (state.isBlockedAt(clock.instant())) {
            log.info("Not calling SEFAZ for {}: the next call is allowed at {} ({}); nothing to do until then",
                    service.endpoint(), state.nextCallAt().orElseThrow(), state.blockedBy().orElse("blocked"));
            return new ExtractResult(run.committed, true);
        }
        try {
            return settings.mode() == DistDFeSettings.Mode.DIST_NSU ? run.distribution() : run.consultations();
        } catch (DeadlineReached e) {
            log.info("Stopped extraction from {} at the deadline; the call in hand is made again next run: {}",
                    service.endpoint(), e.getMessage());
            return new ExtractResult(run.committed, false);
        }
    }

    /** The state of one extraction. */
    private final class Run {
        private final ExtractSink sink;
        private Checkpoint committed;
        private DistDFeState state;
        private long calls;
        private long documents;
        private long rejected;

        Run(Checkpoint from, DistDFeState state, ExtractSink sink) {
            this.committed = from;
            this.state = state;
            this.sink = sink;
        }

        ExtractResult distribution() {
            long ultNsu = state.ultNsu().orElse(settings.startNsu());
            while (true) {
                if (isDeadlineNear()) {
                    log.info("Stopped distNSU at ultNSU {} before the deadline: {} calls, {} documents, {} rejected",
                            DistDFeQuery.nsu(ultNsu), calls, documents, rejected);
                    return new ExtractResult(committed, false);
                }
                DistDFeResponse response = call(new DistDFeQuery.DistNsu(ultNsu));
                String status = response.cStat();
                if (!status.equals(FOUND) && !status.equals(NOTHING_NEW) && !status.equals(OVERUSE)) {
                    throw refused(response, "distNSU from ultNSU " + DistDFeQuery.nsu(ultNsu));
                }
                if (!response.hasUltNsu()) {
                    throw new NfeException("Cannot continue distNSU from " + service.endpoint() + ": the answer "
                            + "with cStat " + status + " has no ultNSU");
                }
                long returned = response.ultNsu();
                if (status.equals(FOUND)) {
                    if (returned == ultNsu && response.documents().isEmpty()) {
                        throw new NfeException("Cannot continue distNSU from " + service.endpoint() + ": cStat 138 "
                                + "returned no document and ultNSU " + DistDFeQuery.nsu(returned)
                                + " again, which would loop");
                    }
                    List<RawDocument> page = documentsOf(response);
                    boolean caughtUp = returned >= response.maxNsu();
                    DistDFeState next = state.committed(returned).withPendingCiencias(cienciasOf(page));
                    commit(page, caughtUp ? next.blocked(blockEnd(), statusOf(response)) : next);
                    sendCiencias();
                    ultNsu = returned;
                    if (caughtUp) {
                        return finished("caught up with maxNSU " + DistDFeQuery.nsu(response.maxNsu()));
                    }
                    continue;
                }
                commit(List.of(), state.committed(returned).blocked(blockEnd(), statusOf(response)));
                if (status.equals(OVERUSE)) {
                    log.warn("SEFAZ answered cStat 656 ({}) for distNSU: consumo indevido; no call before {}",
                            response.xMotivo(), state.nextCallAt().orElseThrow());
                    return finished("blocked by cStat 656");
                }
                return finished("nothing new (cStat 137)");
            }
        }

        ExtractResult consultations() {
            boolean byNsu = settings.mode() == DistDFeSettings.Mode.CONS_NSU;
            List<String> keys = new ArrayList<>();
            if (byNsu) {
                settings.nsus().forEach(nsu -> keys.add(DistDFeQuery.nsu(nsu)));
            } else {
                keys.addAll(settings.chaves());
            }
            for (String key : keys) {
                String source = "sefaz-dfe:" + (byNsu ? "consNSU=" : "consChNFe=") + key;
                if (sink.ledger().fingerprint(source).isPresent()) {
                    continue;
                }
                if (isDeadlineNear()) {
                    log.info("Stopped consultations before the deadline: {} calls, {} documents, {} rejected", calls,
                            documents, rejected);
                    return new ExtractResult(committed, false);
                }
                Instant now = clock.instant();
                List<Instant> recent = state.recentConsultations(now);
                if (recent.size() >= DistDFeSettings.CONSULTATIONS_PER_HOUR) {
                    Instant allowed = recent.get(0).plus(DistDFeSettings.BLOCK);
                    log.info("Stopped consultations: {} calls in the last hour, SEFAZ's cap; the next is allowed at {}",
                            recent.size(), allowed);
                    return finished("capped at " + DistDFeSettings.CONSULTATIONS_PER_HOUR + " calls an hour");
                }
                state = state.consulted(now);
                DistDFeResponse response = call(byNsu
                        ? new DistDFeQuery.ConsNsu(DistDFeQuery.parseNsu(key))
                        : new DistDFeQuery.ConsChNFe(key));
                switch (response.cStat()) {
                    case FOUND -> {
                        List<RawDocument> page = documentsOf(response);
                        commit(page, state.withPendingCiencias(cienciasOf(page)));
                        sendCiencias();
                    }
                    case NOTHING_NEW -> {
                        sink.ledger().reject(source, "NOT_FOUND: cStat 137 " + response.xMotivo());
                        rejected++;
                        commit(List.of(), state);
                    }
                    case OVERUSE -> {
                        commit(List.of(), state.blocked(blockEnd(), statusOf(response)));
                        log.warn("SEFAZ answered cStat 656 ({}) for {}: consumo indevido; no call before {}",
                                response.xMotivo(), source, state.nextCallAt().orElseThrow());
                        return finished("blocked by cStat 656");
                    }
                    default -> throw refused(response, source.substring("sefaz-dfe:".length()));
                }
                sink.ledger().record(Map.of(source, "done cStat=" + response.cStat()));
            }
            return finished("every consultation answered");
        }

        /** Sends the queued Ciência events the hourly cap and the deadline allow, committing what was answered. */
        void sendCiencias() {
            if (ciencia.isEmpty()) {
                return;
            }
            CienciaSender sender = ciencia.get();
            while (!state.pendingCiencias().isEmpty() && !isDeadlineNear()) {
                Instant now = clock.instant();
                List<String> settled = state.pendingCiencias().stream()
                        .filter(chave -> sink.ledger().fingerprint(CIENCIA + chave).isPresent()).toList();
                int room = sender.maxPerHour() - state.recentCiencias(now).size();
                List<String> lot = state.pendingCiencias().stream().filter(chave -> !settled.contains(chave))
                        .limit(Math.min(EnvEventoRequest.MAX_EVENTS, Math.max(room, 0))).toList();
                if (lot.isEmpty()) {
                    if (!settled.isEmpty()) {
                        commit(List.of(), state.cienciasSent(now, 0, settled));
                        continue;
                    }
                    log.info("Deferred {} Ciência da Operação events: {} sent in the last hour, the configured cap",
                            state.pendingCiencias().size(), sender.maxPerHour());
                    return;
                }
                RetEnvEvento answer;
                try {
                    answer = sender.send(lot, CallDeadline.of(clock, sink.deadline(), settings.deadlineMargin()));
                } catch (NfeException e) {
                    log.warn("Could not send {} Ciência da Operação events to {}; they stay queued for the next "
                            + "run: {}", lot.size(), sender.endpoint(), e.getMessage());
                    return;
                }
                if (!answer.cStat().equals(RetEnvEvento.PROCESSED)) {
                    commit(List.of(), state.cienciasSent(now, lot.size(), settled));
                    log.warn("SEFAZ refused a lot of {} Ciência da Operação events at {}: cStat {} {}; they stay "
                            + "queued for the next run", lot.size(), sender.endpoint(), answer.cStat(),
                            answer.xMotivo());
                    return;
                }
                List<String> answered = new ArrayList<>(settled);
                Map<String, String> records = new TreeMap<>();
                for (String chave : lot) {
                    answer.registrationOf(chave).ifPresent(registration -> {
                        answered.add(chave);
                        records.put(CIENCIA + chave, (registration.isRegistered() ? "registered" : "refused")
                                + " cStat=" + registration.cStat()
                                + registration.nProt().map(protocol -> " nProt=" + protocol).orElse(""));
                        if (!registration.isRegistered()) {
                            log.warn("SEFAZ refused the Ciência da Operação of {}: cStat {} {}", chave,
                                    registration.cStat(), registration.xMotivo());
                        }
                    });
                }
                if (!records.isEmpty()) {
                    sink.ledger().record(records);
                }
                commit(List.of(), state.cienciasSent(now, lot.size(), answered));
                if (answered.size() == settled.size()) {
                    log.warn("SEFAZ answered no event of a lot of {} Ciência da Operação events; they stay queued",
                            lot.size());
                    return;
                }
            }
        }

        private List<String> cienciasOf(List<RawDocument> page) {
            if (ciencia.isEmpty()) {
                return List.of();
            }
            List<String> chaves = new ArrayList<>();
            for (RawDocument document : page) {
                if (document.source().contains("&schema=resNFe_")) {
                    CienciaSender.authorizedChave(document.bytes())
                            .filter(chave -> sink.ledger().fingerprint(CIENCIA + chave).isEmpty())
                            .ifPresent(chaves::add);
                }
            }
            return chaves;
        }

        private DistDFeResponse call(DistDFeQuery query) {
            DistDFeResponse response = service.call(
                    new DistDFeRequest(settings.tpAmb(), settings.cUFAutor(), settings.party(), query),
                    CallDeadline.of(clock, sink.deadline(), settings.deadlineMargin()));
            calls++;
            log.debug("SEFAZ answered {} with cStat {} ultNSU {} maxNSU {} and {} documents", query.element(),
                    response.cStat(), response.ultNsu(), response.maxNsu(), response.documents().size());
            return response;
        }

        private List<RawDocument> documentsOf(DistDFeResponse response) {
            List<RawDocument> page = new ArrayList<>();
            Instant fetchedAt = clock.instant();
            for (DistDFeResponse.DocZip docZip : response.documents()) {
                String nsu = DistDFeQuery.nsu(docZip.nsu());
                if (!SCHEMA.matcher(docZip.schema()).matches()) {
                    reject(nsu, "UNSUPPORTED_TYPE: schema attribute is not of the form name_vX.YY.xsd");
                    continue;
                }
                BoundedContent.Outcome outcome = decoder.decode(docZip.base64());
                if (outcome instanceof BoundedContent.Content content) {
                    byte[] bytes = content.bytes();
                    page.add(new RawDocument(DocumentId.of(bytes, MediaType.XML), bytes, MediaType.XML,
                            service.endpoint() + "#NSU=" + nsu + "&schema=" + docZip.schema(), fetchedAt));
                } else {
                    BoundedContent.Refused refused = (BoundedContent.Refused) outcome;
                    reject(nsu, refused.reason() + ": " + refused.detail() + " (schema " + docZip.schema() + ")");
                }
            }
            return page;
        }

        private void reject(String nsu, String reason) {
            sink.ledger().reject("sefaz-dfe:NSU=" + nsu, reason);
            rejected++;
        }

        private void commit(List<RawDocument> page, DistDFeState next) {
            Checkpoint checkpoint = next.applyTo(committed);
            sink.commit(page, checkpoint);
            committed = checkpoint;
            state = next;
            documents += page.size();
        }

        private ExtractResult finished(String why) {
            log.info("Extracted {} documents in {} calls from {}, {} rejected: {}", documents, calls,
                    service.endpoint(), rejected, why);
            return new ExtractResult(committed, true);
        }

        private boolean isDeadlineNear() {
            return !clock.instant().plus(settings.deadlineMargin()).isBefore(sink.deadline());
        }
    }

    private Instant blockEnd() {
        return clock.instant().plus(DistDFeSettings.BLOCK);
    }

    private static String statusOf(DistDFeResponse response) {
        return "cStat " + response.cStat() + " " + response.xMotivo();
    }

    private NfeException refused(DistDFeResponse response, String what) {
        return new NfeException("SEFAZ refused " + what + " at " + service.endpoint() + ": cStat "
                + response.cStat() + " " + response.xMotivo());
    }
}
