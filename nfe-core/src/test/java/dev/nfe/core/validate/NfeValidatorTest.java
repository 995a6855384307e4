package dev.nfe.core.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nfe.core.model.FiscalDocument;
import dev.nfe.core.model.Nfe;
import dev.nfe.core.spi.Finding;
import dev.nfe.core.spi.Severity;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class NfeValidatorTest {

    private final NfeValidator validator = NfeValidator.standard();

    static Stream<FiscalDocument> consistentDocuments() {
        return Stream.of(
                NfeFixtures.nfe().build(),
                EventFixtures.correctionLetter().build(),
                EventFixtures.cancellation().build(),
                EventFixtures.manifestation().build(),
                EventFixtures.nfeSummary(NfeFixtures.CHAVE, Optional.of(NfeFixtures.EMIT_CNPJ), Optional.empty(),
                        "150.50", NfeFixtures.DH_EMI.plusSeconds(30)),
                EventFixtures.eventSummary(NfeFixtures.CHAVE, 1, EventFixtures.DH_EVENTO.plusSeconds(5)));
    }

    @ParameterizedTest
    @MethodSource("consistentDocuments")
    void validate_consistentDocument_hasNoFindings(FiscalDocument document) {
        assertThat(validator.validate(document)).isEmpty();
    }

    @Test
    void validate_manyProblems_reportsThemRuleByRuleInAFixedOrder() {
        Nfe nfe = NfeFixtures.nfe()
                .withChave("35180834128745000152550010000474281920007490")
                .withCUF("43")
                .withDest(Optional.of(NfeFixtures.dest(Optional.of("11222333000180"), Optional.empty())))
                .withTotal("vNF", "-1.00")
                .withProtNFe(NfeFixtures.protNFe(NfeFixtures.CHAVE, "302", NfeFixtures.DH_EMI.minusDays(1)))
                .build();

        List<Finding> findings = validator.validate(nfe);

        assertThat(findings).extracting(Finding::code).containsExactly(
                FindingCodes.CHAVE_CHECK_DIGIT,
                FindingCodes.CHAVE_MISMATCH,
                FindingCodes.PROTOCOL_KEY_MISMATCH,
                FindingCodes.PROTOCOL_DENIED,
                FindingCodes.CNPJ_CHECK_DIGIT,
                FindingCodes.TOTAL_VNF,
                FindingCodes.NEGATIVE_AMOUNT,
                FindingCodes.DATE_ORDER);
        assertThat(validator.validate(nfe)).isEqualTo(findings);
    }

    @Test
    void validate_errorAmongWarnings_marksTheDocumentForQuarantine() {
        Nfe nfe = NfeFixtures.nfe().withChave("35180834128745000152550010000474281920007490").withCUF("43")
                .build();

        assertThat(validator.validate(nfe)).extracting(Finding::severity)
                .containsExactly(Severity.ERROR, Severity.WARNING);
    }

    @Test
    void validate_dateOrderWithinCustomTolerance_isAccepted() {
        Nfe nfe = NfeFixtures.nfe()
                .withProtNFe(NfeFixtures.protNFe(NfeFixtures.CHAVE, "100", NfeFixtures.DH_EMI.minusMinutes(30)))
                .build();

        assertThat(new NfeValidator(new NfeValidator.Options(Duration.ofHours(1))).validate(nfe)).isEmpty();
        assertThat(validator.validate(nfe)).extracting(Finding::code).containsExactly(FindingCodes.DATE_ORDER);
    }

    @Test
    void options_whenToleranceNegative_throws() {
        assertThatThrownBy(() -> new NfeValidator.Options(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("clockTolerance");
    }

    @Test
    void options_defaults_allowFiveMinutes() {
        assertThat(NfeValidator.Options.defaults().clockTolerance()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void findingCodes_eachConstant_isItsOwnNameAndUnique() throws IllegalAccessException {
        Field[] fields = Arrays.stream(FindingCodes.class.getDeclaredFields())
                .filter(field -> Modifier.isStatic(field.getModifiers()) && Modifier.isPublic(field.getModifiers()))
                .toArray(Field[]::new);

        assertThat(fields).isNotEmpty();
        for (Field field : fields) {
            assertThat(field.get(null)).as(field.getName()).isEqualTo(field.getName());
        }
    }

    @Test
    void validate_dhEmiTheSameInstantInAnotherOffset_isAccepted() {
        OffsetDateTime sameInstant = NfeFixtures.DH_EMI.withOffsetSameInstant(ZoneOffset.UTC);
        Nfe nfe = NfeFixtures.nfe()
                .withProtNFe(NfeFixtures.protNFe(NfeFixtures.CHAVE, "100", sameInstant))
                .build();

        assertThat(validator.validate(nfe)).isEmpty();
    }
}
