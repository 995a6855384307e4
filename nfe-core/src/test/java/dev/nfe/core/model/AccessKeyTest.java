package dev.nfe.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AccessKeyTest {

    private static final String VALID = "35230121684155000164550010000022891075229964";

    @Test
    void new_whenBlank_throws() {
        assertThatThrownBy(() -> new AccessKey("  "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("blank");
    }

    @ParameterizedTest
    @ValueSource(strings = {"123", "3523012168415500016455001000002289107522996X", "NFe35230121684155000164550010000022891075229964"})
    void new_whenMalformed_isAcceptedButNotWellFormed(String value) {
        AccessKey key = new AccessKey(value);

        assertThat(key.isWellFormed()).isFalse();
        assertThat(key.hasValidCheckDigit()).isFalse();
    }

    @ParameterizedTest
    @CsvSource({
        "35230121684155000164550010000022891075229964, 4",
        "32191107670813000825550010059062251133037938, 3",
        "35200159594315000157550010000000022062777169, 9",
        "3520011ABCDEFGHIJ001550010000000022062777168, 8"
    })
    void computeCheckDigit_forKnownKeys_matchesMod11(String value, int expected) {
        assertThat(new AccessKey(value).computeCheckDigit()).isEqualTo(expected);
    }

    @Test
    void hasValidCheckDigit_whenLastDigitDiffers_isFalse() {
        assertThat(new AccessKey("32191107670813000825550010059062251133037938").hasValidCheckDigit()).isFalse();
        assertThat(new AccessKey(VALID).hasValidCheckDigit()).isTrue();
    }

    @Test
    void isWellFormed_whenLettersInCnpjBase_isTrue() {
        assertThat(new AccessKey("3526011ABCDEFGHIJ012550010000000011000000011").isWellFormed()).isTrue();
    }

    @Test
    void isWellFormed_whenLetterOutsideCnpjBase_isFalse() {
        assertThat(new AccessKey("35A30121684155000164550010000022891075229964").isWellFormed()).isFalse();
    }

    @Test
    void parts_whenWellFormed_splitTheLayoutPositions() {
        AccessKey key = new AccessKey(VALID);

        assertThat(key.cUF()).isEqualTo("35");
        assertThat(key.aamm()).isEqualTo("2301");
        assertThat(key.emitterId()).isEqualTo("21684155000164");
        assertThat(key.mod()).isEqualTo("55");
        assertThat(key.serie()).isEqualTo("001");
        assertThat(key.nNF()).isEqualTo("000002289");
        assertThat(key.tpEmis()).isEqualTo("1");
        assertThat(key.cNF()).isEqualTo("07522996");
        assertThat(key.cDV()).isEqualTo("4");
    }

    @Test
    void parts_whenMalformed_throwNamingTheKey() {
        assertThatThrownBy(() -> new AccessKey("123").cUF())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("123");
    }
}
