package dev.nfe.core.extract;

import dev.nfe.core.spi.MediaType;
import dev.nfe.core.spi.RawDocument;
import dev.nfe.core.spi.Storage;
import dev.nfe.core.spi.StoredObject;
import dev.nfe.core.spi.TransientException;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Turns one stored file into units, one at a time: a plain or gzip file is one unit, a zip archive one unit per
 * entry in archive order. A unit is a {@link RawDocument} or a {@link RejectedSource}. Zip entries are inflated one
 * at a time under {@link BoundedContent}'s limits; after a compression-ratio violation the rest of the archive is
 * not read, since inflating further entries of a likely bomb is what the limit is there to prevent.
 */
final class FolderFileReader {
    private final Storage storage;
    private final FolderSettings settings;
    private final Clock clock;

    FolderFileReader(Storage storage, FolderSettings settings, Clock clock) {
        this.storage = storage;
        this.settings = settings;
        this.clock = clock;
    }

    /** A document or a rejection. */
    sealed interface Unit permits Document, Rejection {
    }

    /** A document to commit. */
    record Document(RawDocument document) implements Unit {
    }

    /** A source passed over. */
    record Rejection(RejectedSource rejected) implements Unit {
    }

    /** Whether the caller wants more units. */
    enum Flow { CONTINUE, STOP }

    /** Receives the units of a file with their 0-based ordinal within it. */
    @FunctionalInterface
    interface UnitHandler {
        Flow handle(long ordinal, Unit unit);
    }

    /**
     * Reads {@code object}, skipping its first {@code skip} units (committed by an earlier run).
     *
     * @return {@link Flow#STOP} when the handler asked to stop, else {@link Flow#CONTINUE} once the file is done
     * @throws TransientException if the storage could not be read
     */
    Flow read(StoredObject object, long skip, UnitHandler handler) {
        if (Kind.of(object.path()) == Kind.ZIP) {
            return readZip(object.path(), skip, handler);
        }
        return skip > 0 ? Flow.CONTINUE : handler.handle(0, readWhole(object));
    }

    /**
     * Whether {@code object} is one unit, read whole by {@link #readWhole}: any file but a zip archive. Such a file
     * can be read ahead of its turn, since reading it has no effect but its unit.
     */
    static boolean isSingleUnit(StoredObject object) {
        return Kind.of(object.path()) != Kind.ZIP;
    }

    /**
     * The one unit of a file that {@linkplain #isSingleUnit is single}: its document, or why it was passed over.
     * Thread-safe.
     *
     * @throws TransientException if the storage could not be read
     */
    Unit readWhole(StoredObject object) {
        String path = object.path();
        if (Kind.of(path) == Kind.UNSUPPORTED) {
            return rejection(path, RejectedSource.Reason.UNSUPPORTED_TYPE, "not .xml, .json, .ndjson, .jsonl, .gz or"
                    + " .zip");
        }
        if (object.size() > settings.maxDocumentBytes()) {
            return rejection(path, RejectedSource.Reason.TOO_LARGE,
                    object.size() + " bytes, limit " + settings.maxDocumentBytes());
        }
        BoundedContent.Outcome raw;
        try (InputStream in = storage.newInputFile(path).newStream()) {
            raw = bounded().read(in, Optional.empty());
        } catch (IOException e) {
            throw new TransientException("Cannot read " + path, e);
        }
        return raw instanceof BoundedContent.Content content
                ? unitOf(path, path, content.bytes())
                : refused(path, (BoundedContent.Refused) raw);
    }

    private Flow readZip(String path, long skip, UnitHandler handler) {
        long done = 0;
        try (InputStream in = storage.newInputFile(path).newStream();
             CountingInputStream counted = new CountingInputStream(in);
             ZipInputStream zip = new ZipInputStream(counted)) {
            ZipEntry entry;
            boolean anyEntry = false;
            while ((entry = zip.getNextEntry()) != null) {
                anyEntry = true;
                if (entry.isDirectory()) {
                    continue;
                }
                long ordinal = done;
                if (ordinal >= settings.maxEntries()) {
                    return ordinal < skip ? Flow.CONTINUE : handler.handle(ordinal, rejection(path,
                            RejectedSource.Reason.TOO_MANY_ENTRIES, "more than " + settings.maxEntries()
                                    + " entries; entries from " + entry.getName() + " on were not read"));
                }
                if (ordinal >= skip && isUnsafeName(entry.getName())) {
                    Unit unit = rejection(path + "!/" + entry.getName(), RejectedSource.Reason.UNSAFE_NAME,
                            "an absolute entry name or one with a .. segment");
                    if (handler.handle(ordinal, unit) == Flow.STOP) {
                        return Flow.STOP;
                    }
                } else if (ordinal >= skip) {
                    Unit unit = entryUnit(path + "!/" + entry.getName(), entry.getName(), zip, counted);
                    if (handler.handle(ordinal, unit) == Flow.STOP) {
                        return Flow.STOP;
                    }
                    if (isRatioViolation(unit)) {
                        return Flow.CONTINUE;
                    }
                }
                done = ordinal + 1;
            }
            if (!anyEntry && skip == 0) {
                // ZipInputStream reads data without a local header signature as an empty archive.
                return handler.handle(0, rejection(path, RejectedSource.Reason.UNREADABLE, "no zip entries found"));
            }
            return Flow.CONTINUE;
        } catch (ZipException | EOFException e) {
            return done < skip ? Flow.CONTINUE : handler.handle(done, rejection(path,
                    RejectedSource.Reason.UNREADABLE, "corrupt zip after " + done + " entries: " + e.getMessage()));
        } catch (IOException e) {
            throw new TransientException("Cannot read " + path, e);
        }
    }

    private Unit entryUnit(String source, String name, ZipInputStream zip, CountingInputStream counted)
            throws IOException {
        Kind kind = Kind.of(name);
        if (kind == Kind.UNSUPPORTED || kind == Kind.ZIP) {
            return rejection(source, RejectedSource.Reason.UNSUPPORTED_TYPE,
                    "not .xml, .json, .ndjson, .jsonl or .gz inside an archive");
        }
        long start = counted.count();
        BoundedContent.Outcome outcome = bounded().read(zip, Optional.of(() -> counted.count() - start));
        return outcome instanceof BoundedContent.Content content
                ? unitOf(source, name, content.bytes())
                : refused(source, (BoundedContent.Refused) outcome);
    }

    /** Whether a zip entry name could escape a folder it was extracted to (zip slip), though we never extract one. */
    private static boolean isUnsafeName(String name) {
        String slashed = name.replace('\\', '/');
        return slashed.startsWith("/") || slashed.matches("^[A-Za-z]:.*")
                || ("/" + slashed + "/").contains("/../");
    }

    private static boolean isRatioViolation(Unit unit) {
        return unit instanceof Rejection rejection
                && rejection.rejected().reason() == RejectedSource.Reason.COMPRESSION_RATIO;
    }

    /**
     * A document from the bytes of a plain or gzip file or entry called {@code name}. A gzip file whose content cannot
     * be inflated within the limits (a bomb, an oversized or corrupt stream) is still a document: it goes to bronze as
     * received, under the hash of its bytes, and the deserializer quarantines it with the reason, so it is never lost.
     */
    private Unit unitOf(String source, String name, byte[] raw) {
        byte[] content = raw;
        if (Kind.of(name) == Kind.GZIP) {
            Optional<byte[]> inflated = inflate(raw);
            if (inflated.isEmpty()) {
                return new Document(new RawDocument(DocumentId.hash(raw), raw, declaredType(name), source,
                        clock.instant()));
            }
            content = inflated.get();
        }
        MediaType mediaType = MediaTypeSniffer.sniff(content, declaredType(name));
        return new Document(new RawDocument(DocumentId.of(content, mediaType), raw, mediaType, source,
                clock.instant()));
    }

    /** The inflated content of a gzip file, or empty when the limits or a corrupt stream stop it. */
    private Optional<byte[]> inflate(byte[] raw) {
        CountingInputStream counted = new CountingInputStream(new ByteArrayInputStream(raw));
        try (GZIPInputStream gzip = new GZIPInputStream(counted)) {
            BoundedContent.Outcome outcome = bounded().read(gzip, Optional.of(counted::count));
            return outcome instanceof BoundedContent.Content kept ? Optional.of(kept.bytes()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private BoundedContent bounded() {
        return new BoundedContent(settings.maxDocumentBytes(), settings.maxCompressionRatio());
    }

    private static Unit refused(String source, BoundedContent.Refused refused) {
        return rejection(source, refused.reason(), refused.detail());
    }

    private static Unit rejection(String source, RejectedSource.Reason reason, String detail) {
        return new Rejection(new RejectedSource(source, reason, detail));
    }

    private static MediaType declaredType(String name) {
        String lower = withoutGz(name.toLowerCase(Locale.ROOT));
        if (lower.endsWith(".xml")) {
            return MediaType.XML;
        }
        if (lower.endsWith(".ndjson") || lower.endsWith(".jsonl")) {
            return MediaType.NDJSON;
        }
        return lower.endsWith(".json") ? MediaType.JSON : MediaType.UNKNOWN;
    }

    private static String withoutGz(String lower) {
        return lower.endsWith(".gz") ? lower.substring(0, lower.length() - 3) : lower;
    }

    /** How a file is read, by its name. */
    private enum Kind {
        PLAIN, GZIP, ZIP, UNSUPPORTED;

        static Kind of(String name) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".zip")) {
                return ZIP;
            }
            String inner = withoutGz(lower);
            if (inner.endsWith(".zip") || inner.endsWith(".tar")) {
                return UNSUPPORTED;
            }
            if (lower.endsWith(".gz")) {
                return GZIP;
            }
            return declaredType(lower) == MediaType.UNKNOWN ? UNSUPPORTED : PLAIN;
        }
    }
}
