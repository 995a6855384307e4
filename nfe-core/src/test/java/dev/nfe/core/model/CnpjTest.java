package dev.nfe.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CnpjTest {

    @ParameterizedTest
    @CsvSource({
        "21684155000164, true",
        "21684155000165, false",
        "12ABC34501DE35, true",
        "12ABC34501DE53, false",
        "XT9CDVWJ000172, true",
        "2168415500016, false",
        "12abc34501de35, false",
        "12ABC34501DE3A, false"
    })
    void hasValidCheckDigits_forTable_matchesMod11(String value, boolean expected) {
        assertThat(new Cnpj(value).hasValidCheckDigits()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"21684155000164, true", "12ABC34501DE35, false"})
    void isNumeric_forTable_tellsOldFromAlphanumeric(String value, boolean expected) {
        assertThat(new Cnpj(value).isNumeric()).isEqualTo(expected);
    }
}
