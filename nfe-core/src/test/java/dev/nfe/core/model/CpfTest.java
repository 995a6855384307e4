package dev.nfe.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CpfTest {

    @ParameterizedTest
    @CsvSource({
        "52998224725, true",
        "11144477735, true",
        "52998224724, false",
        "11111111111, false",
        "5299822472, false",
        "5299822472A, false"
    })
    void hasValidCheckDigits_forTable_matchesMod11(String value, boolean expected) {
        assertThat(new Cpf(value).hasValidCheckDigits()).isEqualTo(expected);
    }
}
