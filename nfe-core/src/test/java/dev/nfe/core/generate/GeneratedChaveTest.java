package dev.nfe.core.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GeneratedChaveTest {
    @ParameterizedTest
    @CsvSource({
            "35230461976833000187550010000046341085484756, true",
            "35150300822602000124550010009923461099234656, true",
            "15231207933914000154550010006643501427015088, true",
            "35230461976833000187550010000046341085484757, false",
            "3523046197683300018755001000004634108548475, false",
            "3523046197683300018755001000004634108548475A, false"
    })
    void isValid_realAndAlteredChaves_checksTheDigit(String chave, boolean valid) {
        assertThat(GeneratedChave.isValid(chave)).isEqualTo(valid);
    }

    @Test
    void of_fields_assemblesTheKnownChave() {
        String chave = GeneratedChave.of("35", "2304", "61976833000187", "55", 1, 4634, "1", "08548475");

        assertThat(chave).isEqualTo("35230461976833000187550010000046341085484756");
    }

    @Test
    void checkDigit_wrongLength_throws() {
        assertThatThrownBy(() -> GeneratedChave.checkDigit("123"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expected 43 characters");
    }

    @Test
    void of_numberTooLong_throws() {
        assertThatThrownBy(() -> GeneratedChave.of("35", "2304", "61976833000187", "55", 1, 1_000_000_000L, "1",
                "08548475"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Cannot fit 1000000000 in 9 digits");
    }
}
