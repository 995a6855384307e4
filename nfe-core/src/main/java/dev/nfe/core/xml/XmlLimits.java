package dev.nfe.core.xml;

/**
 * The limits the XML parser enforces on untrusted input; exceeding one quarantines the document with a specific
 * finding code instead of exhausting memory or time.
 *
 * @param maxDocumentBytes the largest document, compressed or not ({@code XML_TOO_LARGE})
 * @param maxDepth the deepest element nesting ({@code XML_TOO_DEEP}); NF-e needs about 10
 * @param maxAttributes the most attributes on one element ({@code XML_TOO_MANY_ATTRIBUTES})
 * @param maxGzipRatio the largest ratio of decompressed to compressed bytes read so far ({@code GZIP_RATIO_EXCEEDED})
 * @param maxDecompressedBytes the largest decompressed gzip content ({@code XML_TOO_LARGE})
 */
public record XmlLimits(long maxDocumentBytes, int maxDepth, int maxAttributes, int maxGzipRatio,
        long maxDecompressedBytes) {

    /** 20 MiB: an NF-e with 990 items and every optional group stays well below it. */
    public static final long DEFAULT_MAX_DOCUMENT_BYTES = 20L * 1024 * 1024;

    public XmlLimits {
        requirePositive(maxDocumentBytes, "maxDocumentBytes");
        requirePositive(maxDepth, "maxDepth");
        requirePositive(maxAttributes, "maxAttributes");
        requirePositive(maxGzipRatio, "maxGzipRatio");
        requirePositive(maxDecompressedBytes, "maxDecompressedBytes");
    }

    /** 20 MiB documents, depth 64, 32 attributes per element, gzip ratio 100 and 20 MiB once decompressed. */
    public static XmlLimits defaults() {
        return new XmlLimits(DEFAULT_MAX_DOCUMENT_BYTES, 64, 32, 100, DEFAULT_MAX_DOCUMENT_BYTES);
    }

    private static void requirePositive(long value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException("Cannot create XmlLimits: " + name + " must be positive, was " + value);
        }
    }
}
