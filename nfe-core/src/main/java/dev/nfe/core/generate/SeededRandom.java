package dev.nfe.core.generate;

import java.util.List;

/**
 * SplitMix64, written out so that a (seed, stream) pair yields the same numbers on every JDK: generated documents
 * must be byte-identical across machines, and {@code java.util} generators do not promise that.
 */
final class SeededRandom {
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private long state;

    private SeededRandom(long state) {
        this.state = state;
    }

    /** A generator for one independent stream, e.g. (seed, document index, purpose). */
    static SeededRandom of(long seed, long... streams) {
        long state = mix(seed);
        for (long stream : streams) {
            state = mix(state ^ mix(stream + GOLDEN_GAMMA));
        }
        return new SeededRandom(state);
    }

    private static long mix(long value) {
        long z = value;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    long nextLong() {
        state += GOLDEN_GAMMA;
        return mix(state);
    }

    /** Uniform in [0, bound). */
    int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("Cannot draw below bound " + bound + ": must be positive");
        }
        return (int) (((nextLong() >>> 32) * bound) >>> 32);
    }

    /** Uniform in [min, max], both inclusive. */
    int between(int min, int max) {
        return min + nextInt(max - min + 1);
    }

    /** Uniform in [min, max], both inclusive. */
    long between(long min, long max) {
        return min + Math.floorMod(nextLong(), max - min + 1);
    }

    /** True with the given probability in percent. */
    boolean percent(int chance) {
        return nextInt(100) < chance;
    }

    <T> T pick(List<T> values) {
        return values.get(nextInt(values.size()));
    }

    /** A string of {@code length} random decimal digits (leading zeros allowed). */
    String digits(int length) {
        char[] out = new char[length];
        for (int i = 0; i < length; i++) {
            out[i] = (char) ('0' + nextInt(10));
        }
        return new String(out);
    }
}
