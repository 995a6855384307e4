package dev.nfe.core.extract;

import dev.nfe.core.spi.Checkpoint;
import dev.nfe.core.spi.ExtractSink;
import dev.nfe.core.spi.Extractor;
import dev.nfe.core.spi.RawDocument;
import dev.nfe.core.spi.SkippedEntry;
import dev.nfe.core.spi.SourceLedger;
import dev.nfe.core.spi.Storage;
import dev.nfe.core.spi.StoragePath;
import dev.nfe.core.spi.StoredObject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Extracts the XML, JSON and NDJSON documents under a {@link Storage} prefix (plugin type {@code folder}): plain
 * files, {@code .gz} files and the entries of {@code .zip} archives, in lexicographic order of path and then archive
 * order. Works over any storage, so a local folder and an S3 drop prefix behave alike. Plain and {@code .gz} files are
 * read a little ahead of their turn on a few threads ({@link FolderReadAhead}), so that reading overlaps with
 * committing; what is emitted, and in which order, is the same as reading one file at a time.
 *
 * <p>Each document is emitted as read (a gzip file stays compressed) with the id {@link DocumentId} sniffs. Files and
 * entries it passes over (unsupported names, size, ratio and entry-count limits, corrupt archives, and the symbolic
 * links, FIFOs and devices the storage lists as {@link SkippedEntry}) go to the {@code rejections} listener and to
 * {@link SourceLedger#reject}, never into a page.
 *
 * <p>Which files are done is kept in the sink's {@link SourceLedger}, one entry per file: its size and modification
 * time, and for a file with a rejected part the limits in force. Every listed file whose entry does not match is
 * read, so a file added later is found whatever its name, a file rewritten with new bytes is read again, and a file
 * rejected under a limit is read again once the limit changes. An entry is recorded only after the page holding the
 * file's last document is committed, so a crash in between re-reads the file and bronze de-duplicates it. The
 * checkpoint only says how far into one archive the last page went ({@link FolderPosition}). Immutable; one
 * extraction at a time.
 */
public final class FolderExtractor implements Extractor {
    private static final Logger log = LoggerFactory.getLogger(FolderExtractor.class);

    private final Storage storage;
    private final String prefix;
    private final FolderSettings settings;
    private final Clock clock;
    private final Consumer<RejectedSource> rejections;
    private final FolderFileReader reader;

    /**
     * Reads the objects of {@code storage} under {@code prefix}.
     *
     * @param prefix a folder-like prefix ending with {@code /}, or empty for the whole storage
     * @param clock gives {@link RawDocument#fetchedAt()} and is compared with the sink's deadline
     * @param rejections told of every file or entry passed over; called on the extracting thread
     */
    public FolderExtractor(Storage storage, String prefix, FolderSettings settings, Clock clock,
                           Consumer<RejectedSource> rejections) {
        this.storage = Objects.requireNonNull(storage, "storage");
        this.prefix = StoragePath.requireValidPrefix(prefix);
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.rejections = Objects.requireNonNull(rejections, "rejections");
        this.reader = new FolderFileReader(storage, settings, clock);
    }

    @Override
    public ExtractResult extract(Checkpoint from, ExtractSink sink) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(sink, "sink");
        FolderPosition start = FolderPosition.from(from);
        SourceLedger ledger = sink.ledger();
        Run run = new Run(from, start, sink);
        try (FolderReadAhead files = new FolderReadAhead(storage, prefix, reader, object -> !isDone(ledger, object),
                object -> start.committedUnits(object.path()) == 0)) {
            for (Optional<FolderReadAhead.Entry> next = files.next(); next.isPresent(); next = files.next()) {
                if (next.get() instanceof FolderReadAhead.Skipped skipped) {
                    run.skipped(skipped.entry());
                    continue;
                }
                FolderReadAhead.File file = (FolderReadAhead.File) next.get();
                String path = file.object().path();
                run.fileStarted();
                FolderFileReader.UnitHandler handler = (ordinal, unit) -> run.unit(path, ordinal, unit);
                FolderFileReader.Flow flow = file.unit().isPresent() ? handler.handle(0, file.await())
                        : reader.read(file.object(), start.committedUnits(path), handler);
                if (flow == FolderFileReader.Flow.STOP) {
                    return run.stopped();
                }
                run.fileDone(path, file.object());
            }
        }
        return run.finished();
    }

    /** Whether the ledger records {@code object} as read, as it is now, or as rejected under the limits in force. */
    private boolean isDone(SourceLedger ledger, StoredObject object) {
        return ledger.fingerprint(object.path())
                .filter(entry -> entry.equals(done(object)) || entry.equals(rejected(object)))
                .isPresent();
    }

    /** The ledger entry of a file read whole. */
    private static String done(StoredObject object) {
        return "done size=" + object.size() + " modified=" + object.lastModified();
    }

    /** The ledger entry of an entry that is not a file: reported again once it changes, read once it is a file. */
    private static String skipped(SkippedEntry entry) {
        return "skipped " + entry.kind() + " modified=" + entry.lastModified();
    }

    /** The ledger entry of a file with a rejected part: read again once a limit changes. */
    private String rejected(StoredObject object) {
        return "rejected size=" + object.size() + " modified=" + object.lastModified() + " maxDocumentBytes="
                + settings.maxDocumentBytes() + " maxCompressionRatio=" + settings.maxCompressionRatio()
                + " maxEntries=" + settings.maxEntries();
    }

    private String describePrefix() {
        return prefix.isEmpty() ? "the storage root" : "prefix " + prefix;
    }

    /** The state of one extraction: the open page and the position after its last unit. */
    private final class Run {
        private final ExtractSink sink;
        private final List<RawDocument> page = new ArrayList<>();
        private Checkpoint committed;
        private FolderPosition position;
        private boolean moved;
        private long pageBytes;
        private long pages;
        private long documents;
        private long rejected;
        private boolean fileRejected;
        private final Map<String, String> finished = new TreeMap<>();

        Run(Checkpoint from, FolderPosition start, ExtractSink sink) {
            this.committed = from;
            this.position = start;
            this.sink = sink;
        }

        FolderFileReader.Flow unit(String path, long ordinal, FolderFileReader.Unit unit) {
            // a page also ends where the deadline comes near, so a long page never runs past it
            if (page.size() >= settings.pageSize() || pageBytes >= settings.maxPageBytes()
                    || moved && isDeadlineNear()) {
                commit();
            }
            if (page.isEmpty() && !moved && isDeadlineNear()) {
                return FolderFileReader.Flow.STOP;
            }
            if (unit instanceof FolderFileReader.Document document) {
                page.add(document.document());
                pageBytes += document.document().size();
            } else {
                RejectedSource source = ((FolderFileReader.Rejection) unit).rejected();
                rejections.accept(source);
                sink.ledger().reject(source.source(), source.reason() + ": " + source.detail());
                rejected++;
                fileRejected = true;
            }
            position = position.afterUnit(path, ordinal);
            moved = true;
            return FolderFileReader.Flow.CONTINUE;
        }

        void skipped(SkippedEntry entry) {
            String fingerprint = FolderExtractor.skipped(entry);
            if (sink.ledger().fingerprint(entry.path()).filter(fingerprint::equals).isPresent()) {
                return;
            }
            RejectedSource source = new RejectedSource(entry.path(), RejectedSource.Reason.NOT_A_REGULAR_FILE,
                    entry.kind() == SkippedEntry.Kind.SYMBOLIC_LINK ? "a symbolic link, not followed"
                            : "a FIFO, socket or device, not read");
            rejections.accept(source);
            sink.ledger().reject(source.source(), source.reason() + ": " + source.detail());
            rejected++;
            finished.put(entry.path(), fingerprint);
            moved = true;
        }

        void fileStarted() {
            fileRejected = false;
        }

        void fileDone(String path, StoredObject object) {
            position = position.afterFile();
            finished.put(path, fileRejected ? rejected(object) : done(object));
            moved = true;
        }

        Extractor.ExtractResult stopped() {
            log.info("Stopped extraction from {} before the deadline: {} documents in {} pages, {} rejected",
                    describePrefix(), documents, pages, rejected);
            return new ExtractResult(committed, false);
        }

        Extractor.ExtractResult finished() {
            if (moved) {
                commit();
            }
            log.info("Extracted {} documents in {} pages from {}, {} rejected", documents, pages, describePrefix(),
                    rejected);
            return new ExtractResult(committed, true);
        }

        private void commit() {
            Checkpoint next = position.applyTo(committed);
            sink.commit(List.copyOf(page), next);
            committed = next;
            if (!finished.isEmpty()) {
                sink.ledger().record(finished);
                finished.clear();
            }
            pages++;
            documents += page.size();
            log.debug("Committed page {} of {} documents up to {}", pages, page.size(), next.values());
            page.clear();
            pageBytes = 0;
            moved = false;
        }

        private boolean isDeadlineNear() {
            return !clock.instant().plus(settings.deadlineMargin()).isBefore(sink.deadline());
        }
    }
}
