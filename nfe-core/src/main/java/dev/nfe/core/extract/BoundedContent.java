package dev.nfe.core.extract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Reads one (possibly inflating) stream into memory without letting it grow past a size limit or a compression
 * ratio. Past the size limit it keeps draining and discarding, still watching the ratio, so that the caller can
 * skip to the next zip entry without inflating a bomb unguarded.
 */
final class BoundedContent {
    /** The ratio is only judged past this many uncompressed bytes: small, very regular files compress too well. */
    static final long RATIO_FLOOR = 1L << 20;

    private static final int CHUNK = 64 * 1024;

    private final long maxBytes;
    private final long maxRatio;

    BoundedContent(long maxBytes, long maxRatio) {
        this.maxBytes = maxBytes;
        this.maxRatio = maxRatio;
    }

    /** What reading produced: the content, or the reason it was refused. */
    sealed interface Outcome permits Content, Refused {
    }

    /** The whole content, within the limits. */
    record Content(byte[] bytes) implements Outcome {
    }

    /** The content broke a limit; {@code detail} gives the sizes. */
    record Refused(RejectedSource.Reason reason, String detail) implements Outcome {
    }

    /**
     * Reads {@code in} to its end or to the first broken limit.
     *
     * @param compressedSoFar the compressed bytes consumed so far for this content, for the ratio; a stream that
     *     does not inflate passes {@link Optional#empty()}
     */
    Outcome read(InputStream in, Optional<LongSupplier> compressedSoFar) throws IOException {
        ByteArrayOutputStream kept = new ByteArrayOutputStream();
        byte[] chunk = new byte[CHUNK];
        long total = 0;
        int n;
        while ((n = in.read(chunk)) != -1) {
            total += n;
            if (total <= maxBytes) {
                kept.write(chunk, 0, n);
            }
            if (compressedSoFar.isPresent() && total > RATIO_FLOOR) {
                long compressed = Math.max(1, compressedSoFar.get().getAsLong());
                if (total > maxRatio * compressed) {
                    return new Refused(RejectedSource.Reason.COMPRESSION_RATIO, "inflated " + total + " bytes from "
                            + compressed + ", more than ratio " + maxRatio + " allows");
                }
            }
        }
        if (total > maxBytes) {
            return new Refused(RejectedSource.Reason.TOO_LARGE, total + " bytes, limit " + maxBytes);
        }
        return new Content(kept.toByteArray());
    }
}
