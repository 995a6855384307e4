package dev.nfe.core.extract;

import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link FolderExtractor} pages documents and guards against hostile archives. A page closes at
 * {@code pageSize} documents or once it holds {@code maxPageBytes}, whichever comes first, which bounds memory to
 * about {@code maxPageBytes + maxDocumentBytes}, plus the few tens of MiB of files read ahead of their turn.
 *
 * @param pageSize documents per committed page
 * @param maxPageBytes bytes after which a page is committed early
 * @param deadlineMargin no new page is started when less than this remains before the sink's deadline
 * @param maxDocumentBytes largest document read, after decompression: a file, a gzip member or a zip entry
 * @param maxCompressionRatio largest uncompressed-to-compressed ratio of a gzip file or zip entry, checked while
 *     inflating once more than 1 MiB came out
 * @param maxEntries most entries read from one zip archive
 */
public record FolderSettings(int pageSize, long maxPageBytes, Duration deadlineMargin, long maxDocumentBytes,
                             int maxCompressionRatio, int maxEntries) {
    public FolderSettings {
        Objects.requireNonNull(deadlineMargin, "deadlineMargin");
        if (pageSize < 1 || maxPageBytes < 1 || maxDocumentBytes < 1 || maxCompressionRatio < 1 || maxEntries < 1
                || deadlineMargin.isNegative()) {
            throw new IllegalArgumentException("Cannot create FolderSettings " + pageSize + "/" + maxPageBytes + "/"
                    + deadlineMargin + "/" + maxDocumentBytes + "/" + maxCompressionRatio + "/" + maxEntries
                    + ": sizes and limits must be positive, the margin not negative");
        }
    }

    /** 10,000 documents or 64 MiB per page, a 5 s margin, 20 MiB documents, ratio 100, 10,000 entries per zip. */
    public static FolderSettings defaults() {
        return new FolderSettings(10_000, 64L << 20, Duration.ofSeconds(5), 20L << 20, 100, 10_000);
    }
}
