package dev.nfe.core.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GeneratedCnpjTest {
    @ParameterizedTest
    @CsvSource({
            "11222333000181, true",
            "61976833000187, true",
            "00127786000102, true",
            "12ABC34501DE35, true",
            "11222333000182, false",
            "12ABC34501DE34, false",
            "1122233300018, false"
    })
    void isValid_knownCnpjs_checksBothDigits(String cnpj, boolean valid) {
        assertThat(GeneratedCnpj.isValid(cnpj)).isEqualTo(valid);
    }

    @Test
    void complete_alphanumericBase_appendsTheOfficialExampleDigits() {
        assertThat(GeneratedCnpj.complete("12ABC34501DE")).isEqualTo("12ABC34501DE35");
    }

    @Test
    void random_anySeed_isAValidHeadOffice() {
        SeededRandom random = SeededRandom.of(1);

        for (int i = 0; i < 1000; i++) {
            String cnpj = GeneratedCnpj.random(random);
            assertThat(GeneratedCnpj.isValid(cnpj)).as(cnpj).isTrue();
            assertThat(cnpj.substring(8, 12)).isEqualTo("0001");
        }
    }

    @Test
    void complete_wrongLength_throws() {
        assertThatThrownBy(() -> GeneratedCnpj.complete("123"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expected 12 characters");
    }
}
