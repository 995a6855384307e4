package dev.nfe.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class DistDFeRequestTest {
    private static final String CNPJ = "12345678000195";

    static Stream<Arguments> requests() {
        return Stream.of(
                Arguments.of("distNSU.xml", new DistDFeRequest(1, "35", CNPJ, new DistDFeQuery.DistNsu(42))),
                Arguments.of("distNSU-cpf.xml",
                        new DistDFeRequest(1, "35", "12345678909", new DistDFeQuery.DistNsu(0))),
                Arguments.of("consNSU.xml", new DistDFeRequest(1, "35", CNPJ, new DistDFeQuery.ConsNsu(1234))),
                Arguments.of("consChNFe-homologation.xml", new DistDFeRequest(2, "35", CNPJ,
                        new DistDFeQuery.ConsChNFe("35260412345678000195550010000000011000000019"))));
    }

    @ParameterizedTest
    @MethodSource("requests")
    void envelope_ofEachQuery_matchesGoldenFile(String golden, DistDFeRequest request) throws IOException {
        assertThat(new String(request.envelope(), StandardCharsets.UTF_8)).isEqualTo(golden(golden));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234567800019", "123456789012345", "1234567890a"})
    void constructor_whenPartyIsNeitherCnpjNorCpf_isRefused(String party) {
        assertThatThrownBy(() -> new DistDFeRequest(1, "35", party, new DistDFeQuery.DistNsu(0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("CNPJ of 14 digits or a CPF of 11 digits");
    }

    @ParameterizedTest
    @ValueSource(longs = {-1, 1_000_000_000_000_000L})
    void nsu_outOfFifteenDigits_isRefused(long nsu) {
        assertThatThrownBy(() -> new DistDFeQuery.DistNsu(nsu)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Cannot format NSU");
    }

    @ParameterizedTest
    @ValueSource(strings = {"3526041234567800019555001000000001100000001", "3526041234567800019555001000000001100000001x"})
    void consChNFe_whenChaveIsNot44Digits_isRefused(String chave) {
        assertThatThrownBy(() -> new DistDFeQuery.ConsChNFe(chave)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must be 44 digits");
    }

    private static String golden(String name) throws IOException {
        try (InputStream in = DistDFeRequestTest.class.getResourceAsStream("sefaz/" + name)) {
            assertThat(in).as("golden file " + name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
    }
}
