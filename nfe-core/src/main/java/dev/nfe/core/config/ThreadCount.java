package dev.nfe.core.config;

/**
 * How many threads a stage or a writer may work on: from 1 to {@value #MAX}, and by default the processors this JVM
 * may use.
 */
public final class ThreadCount {
    /** Most threads accepted: beyond this, a value is a mistake rather than a machine. */
    public static final int MAX = 256;

    private ThreadCount() {
    }

    /** The processors this JVM may use, at most {@value #MAX}. */
    public static int byDefault() {
        return Math.min(MAX, Runtime.getRuntime().availableProcessors());
    }

    /** Whether {@code threads} is from 1 to {@value #MAX}. */
    public static boolean isValid(int threads) {
        return threads >= 1 && threads <= MAX;
    }
}
