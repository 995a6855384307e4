package dev.nfe.core.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class SeededRandomTest {
    @Test
    void nextLong_knownSeed_returnsTheSameSequenceOnEveryJdk() {
        SeededRandom random = SeededRandom.of(0);

        assertThat(IntStream.range(0, 3).mapToLong(i -> random.nextLong()).toArray())
                .containsExactly(-2152535657050944081L, 7960286522194355700L, 487617019471545679L);
    }

    @Test
    void of_differentStreams_diverge() {
        assertThat(SeededRandom.of(1, 2).nextLong()).isNotEqualTo(SeededRandom.of(1, 3).nextLong());
    }

    @Test
    void between_bounds_areInclusiveAndReached() {
        SeededRandom random = SeededRandom.of(3);

        int[] values = IntStream.range(0, 1000).map(i -> random.between(1, 4)).toArray();

        assertThat(values).containsOnly(1, 2, 3, 4);
    }
}
