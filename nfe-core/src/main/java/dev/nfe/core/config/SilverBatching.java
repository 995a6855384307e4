package dev.nfe.core.config;

/**
 * How the transform gathers bronze batches into silver batches, from the {@code transform} section's
 * {@code batchBytes} and {@code waitForFullBatch}. Consecutive pending bronze batches of one ingest date go into one
 * silver batch until their bytes would pass {@code targetBytes} (a bronze batch larger than that goes alone), so a
 * backlog of small extract pages becomes a few silver batches of large files instead of many of small ones. Which
 * bronze batches a silver batch holds is recorded before it is written, so a rerun after a crash writes the same one.
 *
 * @param targetBytes the bronze bytes one silver batch gathers at most, unless one bronze batch alone is larger
 * @param waitForFull whether the pending bronze batches of the current ingest day (UTC) that fall short of
 *     {@code targetBytes} wait for more, until they reach it or the day is over; a steady run then makes about one
 *     silver batch per {@code targetBytes} of a day's bronze, at the cost of that latency. A run asked for named
 *     batches never waits.
 */
public record SilverBatching(long targetBytes, boolean waitForFull) {
    /** 512 MiB of bronze, about 60 MiB of silver for generated NF-e. */
    public static final long DEFAULT_TARGET_BYTES = 512L * 1024 * 1024;

    public SilverBatching {
        if (targetBytes < 1) {
            throw new IllegalArgumentException("Cannot gather silver batches of " + targetBytes + " bytes: need ≥ 1");
        }
    }

    /** Silver batches of up to {@value #DEFAULT_TARGET_BYTES} bytes of bronze, without waiting for full ones. */
    public static SilverBatching defaults() {
        return new SilverBatching(DEFAULT_TARGET_BYTES, false);
    }

    /** One silver batch per bronze batch, as when every bronze batch reaches the target alone. */
    public static SilverBatching onePerBronzeBatch() {
        return new SilverBatching(1, false);
    }
}
