package dev.nfe.core.generate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GeneratedCpfTest {
    @ParameterizedTest
    @CsvSource({
            "11144477735, true",
            "52998224725, true",
            "11144477736, false",
            "11111111111, false",
            "1114447773, false"
    })
    void isValid_knownCpfs_checksBothDigitsAndRejectsRepeats(String cpf, boolean valid) {
        assertThat(GeneratedCpf.isValid(cpf)).isEqualTo(valid);
    }

    @Test
    void random_anySeed_isValid() {
        SeededRandom random = SeededRandom.of(2);

        for (int i = 0; i < 1000; i++) {
            String cpf = GeneratedCpf.random(random);
            assertThat(GeneratedCpf.isValid(cpf)).as(cpf).isTrue();
        }
    }
}
