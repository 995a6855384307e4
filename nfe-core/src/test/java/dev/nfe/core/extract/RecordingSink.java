package dev.nfe.core.extract;

import dev.nfe.core.spi.Checkpoint;
import dev.nfe.core.spi.ExtractSink;
import dev.nfe.core.spi.NfeException;
import dev.nfe.core.spi.RawDocument;
import dev.nfe.core.spi.SourceLedger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An in-memory {@link ExtractSink}: records every committed page and checkpoint, can crash on the K-th commit
 * (before anything of that commit is durable), and has a deadline that can move once some commits happened.
 */
final class RecordingSink implements ExtractSink {
    private final List<List<RawDocument>> pages = new ArrayList<>();
    private final List<Checkpoint> checkpoints = new ArrayList<>();
    private final Checkpoint start;
    private final Map<String, String> ledger;
    private final List<String> rejectedSources = new ArrayList<>();
    private int commitCalls;
    private int crashOnCommit;
    private int expireAfterCommits = Integer.MAX_VALUE;
    private Instant deadline = Instant.MAX;
    private Instant expiredDeadline = Instant.MAX;

    RecordingSink(Checkpoint start) {
        this(start, new TreeMap<>());
    }

    private RecordingSink(Checkpoint start, Map<String, String> ledger) {
        this.start = start;
        this.ledger = ledger;
    }

    /** A sink for the next run: starts from this one's last checkpoint and shares its ledger. */
    RecordingSink resumed() {
        return new RecordingSink(lastCheckpoint(), ledger);
    }

    static RecordingSink fresh() {
        return new RecordingSink(Checkpoint.empty());
    }

    /** The {@code k}-th commit (1-based) throws, as if the process died before the page was written. */
    RecordingSink crashingOnCommit(int k) {
        this.crashOnCommit = k;
        return this;
    }

    RecordingSink withDeadline(Instant deadline) {
        this.deadline = deadline;
        return this;
    }

    /** Once {@code commits} pages are committed, the deadline becomes {@code expired}. */
    RecordingSink expiringAfterCommits(int commits, Instant expired) {
        this.expireAfterCommits = commits;
        this.expiredDeadline = expired;
        return this;
    }

    @Override
    public void commit(List<RawDocument> page, Checkpoint next) {
        commitCalls++;
        if (commitCalls == crashOnCommit) {
            throw new NfeException("Simulated crash on commit " + commitCalls);
        }
        pages.add(List.copyOf(page));
        checkpoints.add(next);
    }

    /** Every rejection reported, as {@code source reason}. */
    List<String> rejectedSources() {
        return rejectedSources;
    }

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
                rejectedSources.add(source + " " + reason);
            }
        };
    }

    /** The ledger entries recorded so far, by source. */
    Map<String, String> ledgerEntries() {
        return ledger;
    }

    @Override
    public Instant deadline() {
        return pages.size() >= expireAfterCommits ? expiredDeadline : deadline;
    }

    List<List<RawDocument>> pages() {
        return pages;
    }

    List<Checkpoint> checkpoints() {
        return checkpoints;
    }

    List<RawDocument> documents() {
        return pages.stream().flatMap(List::stream).toList();
    }

    List<String> ids() {
        return documents().stream().map(RawDocument::id).toList();
    }

    /** The last persisted checkpoint, or the one the sink started from. */
    Checkpoint lastCheckpoint() {
        return checkpoints.isEmpty() ? start : checkpoints.get(checkpoints.size() - 1);
    }
}
