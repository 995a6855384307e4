package dev.nfe.core.xml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nfe.core.model.AccessKey;
import dev.nfe.core.model.AutXML;
import dev.nfe.core.model.Cnpj;
import dev.nfe.core.model.Nfe;
import dev.nfe.core.spi.Finding;
import dev.nfe.core.spi.ParseOutcome;
import dev.nfe.core.validate.FindingCodes;
import dev.nfe.core.validate.NfeValidator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The alphanumeric CNPJ valid from July 2026, in emit, dest, autXML and the chave: generated values whose check
 * digits follow the Receita Federal rule (each character worth its ASCII code minus 48, weights 2 to 9 from the
 * right, modulo 11).
 */
class AlphanumericCnpjTest {
    private static final String EMIT = "12ABC34501DE35";
    private static final String DEST = "AB12CD34EF5602";
    private static final String AUT = "ZZ9ZZ9ZZ000191";
    private static final String CHAVE = "35230112ABC34501DE35550010000022891075229967";

    private static String note(String emit, String chave) {
        return NfeXml.minimal().withExtra("<dest><CNPJ>" + DEST + "</CNPJ><xNome>Destinatario</xNome>"
                        + "<indIEDest>9</indIEDest></dest><autXML><CNPJ>" + AUT + "</CNPJ></autXML>")
                .nfeProc("").replace(NfeXml.CHAVE, chave).replace("<CNPJ>21684155000164</CNPJ>",
                        "<CNPJ>" + emit + "</CNPJ>").replace("<cDV>4</cDV>", "<cDV>" + chave.charAt(43) + "</cDV>");
    }

    private static ParseOutcome outcome(String xml) {
        List<ParseOutcome> outcomes = NfeXml.outcomes(new NfeXmlDeserializer(XmlLimits.defaults(),
                NfeValidator.standard()::validate), NfeXml.raw("alnum", xml));
        assertThat(outcomes).hasSize(1);
        return outcomes.get(0);
    }

    private static ParseOutcome.Parsed parse(String xml) {
        ParseOutcome outcome = outcome(xml);
        assertThat(outcome).isInstanceOf(ParseOutcome.Parsed.class);
        return (ParseOutcome.Parsed) outcome;
    }

    @Test
    void checkDigits_receitaFederalExample_match() {
        assertThat(new Cnpj(EMIT).computeCheckDigits()).isEqualTo("35");
        assertThat(new Cnpj(DEST).hasValidCheckDigits()).isTrue();
        assertThat(new Cnpj(AUT).hasValidCheckDigits()).isTrue();
        assertThat(new AccessKey(CHAVE).hasValidCheckDigit()).isTrue();
        assertThat(new AccessKey(CHAVE).emitterId()).isEqualTo(EMIT);
    }

    @Test
    void deserialize_alphanumericCnpjEverywhere_readsThemWithoutCnpjOrChaveFindings() {
        ParseOutcome.Parsed parsed = parse(note(EMIT, CHAVE));

        Nfe nfe = (Nfe) parsed.document();
        assertThat(nfe.chave().value()).isEqualTo(CHAVE);
        assertThat(nfe.emit().cnpj()).contains(EMIT);
        assertThat(nfe.dest().flatMap(d -> d.cnpj())).contains(DEST);
        assertThat(nfe.autXML()).extracting(AutXML::cnpj).containsExactly(Optional.of(AUT));
        assertThat(parsed.findings()).extracting(Finding::code).doesNotContain(FindingCodes.CNPJ_CHECK_DIGIT,
                FindingCodes.CHAVE_FORMAT, FindingCodes.CHAVE_CHECK_DIGIT, FindingCodes.CHAVE_MISMATCH);
    }

    @Test
    void deserialize_alphanumericCnpjWithWrongCheckDigits_isAWarningNamingTheExpectedDigits() {
        String wrongAut = note(EMIT, CHAVE).replace(AUT, "ZZ9ZZ9ZZ000199");

        assertThat(parse(wrongAut).findings()).filteredOn(f -> f.code().equals(FindingCodes.CNPJ_CHECK_DIGIT))
                .singleElement().satisfies(f -> {
                    assertThat(f.isError()).isFalse();
                    assertThat(f.path()).isEqualTo("/NFe/infNFe/autXML/CNPJ");
                    assertThat(f.message()).contains("expected 91");
                });
    }

    @Test
    void deserialize_chaveWithAlphanumericCnpjAndWrongCheckDigit_isQuarantinedAsAChaveError() {
        String wrong = CHAVE.substring(0, 43) + "0";

        ParseOutcome outcome = outcome(note(EMIT, wrong));

        assertThat(outcome).isInstanceOf(ParseOutcome.Quarantined.class);
        assertThat(outcome.findings()).filteredOn(Finding::isError).extracting(Finding::code)
                .containsExactly(FindingCodes.CHAVE_CHECK_DIGIT);
    }
}
