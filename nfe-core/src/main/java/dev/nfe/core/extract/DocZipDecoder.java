package dev.nfe.core.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Base64;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * Decodes a {@code docZip} (base64 of a gzip member) under the size and compression-ratio limits every other input
 * obeys ({@link BoundedContent}). A document that cannot be decoded safely is refused with its reason, never
 * thrown: the extractor records it as rejected and counts it.
 */
final class DocZipDecoder {
    private final long maxDocumentBytes;
    private final int maxCompressionRatio;

    DocZipDecoder(long maxDocumentBytes, int maxCompressionRatio) {
        this.maxDocumentBytes = maxDocumentBytes;
        this.maxCompressionRatio = maxCompressionRatio;
    }

    /** The document inside {@code base64}, or why it was refused. */
    BoundedContent.Outcome decode(String base64) {
        byte[] compressed;
        try {
            compressed = Base64.getMimeDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            return new BoundedContent.Refused(RejectedSource.Reason.UNREADABLE, "docZip is not base64");
        }
        if (compressed.length == 0) {
            return new BoundedContent.Refused(RejectedSource.Reason.UNREADABLE, "docZip is empty");
        }
        CountingInputStream counted = new CountingInputStream(new ByteArrayInputStream(compressed));
        try (InputStream gzip = new GZIPInputStream(counted)) {
            return new BoundedContent(maxDocumentBytes, maxCompressionRatio).read(gzip, Optional.of(counted::count));
        } catch (IOException e) {
            return new BoundedContent.Refused(RejectedSource.Reason.UNREADABLE,
                    "docZip is not a gzip stream (" + compressed.length + " bytes): " + e.getMessage());
        }
    }
}
