package dev.nfe.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProtNFeTest {

    @ParameterizedTest
    @CsvSource({
        "100, true, false, false",
        "150, true, false, false",
        "110, false, true, false",
        "301, false, true, false",
        "302, false, true, false",
        "303, false, true, false",
        "101, false, false, true",
        "151, false, false, true",
        "204, false, false, false"
    })
    void status_forCStat_classifiesTheProtocol(String cStat, boolean authorized, boolean denied, boolean cancelled) {
        ProtNFe prot = new ProtNFe("4.00", Optional.empty(), "1", "SP_NFE_PL009_V4",
                "35230121684155000164550010000022891075229964", Optional.empty(), Optional.of("135230000000001"),
                Optional.empty(), cStat, "x", Optional.empty(),
                Optional.empty());

        assertThat(prot.isAuthorized()).isEqualTo(authorized);
        assertThat(prot.isDenied()).isEqualTo(denied);
        assertThat(prot.isCancelled()).isEqualTo(cancelled);
    }
}
