package dev.nfe.core.extract;

import java.util.Objects;

/**
 * A file or archive entry the {@link FolderExtractor} passed over without emitting a document, and why. Rejections
 * are reported to a listener and the sink rather than put into a page, so bronze only ever holds documents as
 * received; the ledger records their file with the limits in force, so a rerun reports them again only once a limit
 * changes, and then reads the file again. A plain or gzip
 * file is never rejected for what it contains (a gzip bomb, a corrupt stream): it is a document as received, and the
 * deserializer quarantines it with its reason; rejections are for what cannot be a document on its own: unsupported
 * names, oversized files, zip entries that cannot be extracted safely and entries that are not regular files.
 *
 * @param source the file path, or {@code archive!/entry} for a zip entry
 * @param reason the rule it broke
 * @param detail sizes or the underlying error, without content
 */
public record RejectedSource(String source, Reason reason, String detail) {
    public RejectedSource {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
    }

    /** Why a source was passed over. */
    public enum Reason {
        /** The name has no extension the extractor reads ({@code .pdf}, {@code .txt}, a nested archive). */
        UNSUPPORTED_TYPE,
        /** A file, or a zip entry after decompression, exceeds {@link FolderSettings#maxDocumentBytes()}. */
        TOO_LARGE,
        /** A zip entry inflates beyond {@link FolderSettings#maxCompressionRatio()}: a likely zip bomb. */
        COMPRESSION_RATIO,
        /** The archive has more than {@link FolderSettings#maxEntries()} entries; the rest were not read. */
        TOO_MANY_ENTRIES,
        /** A zip entry's name is absolute or climbs out of the archive with {@code ..} (zip slip). */
        UNSAFE_NAME,
        /** The zip archive is corrupt or truncated. */
        UNREADABLE,
        /** A symbolic link, FIFO, socket or device ({@link dev.nfe.core.spi.SkippedEntry}): never followed nor read. */
        NOT_A_REGULAR_FILE
    }
}
