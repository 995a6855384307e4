package dev.nfe.core.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.nfe.core.model.IbsCbsLayoutVariant;
import dev.nfe.core.model.Nfe;
import dev.nfe.core.spi.Finding;
import dev.nfe.core.spi.ParseOutcome;
import dev.nfe.core.testing.NfeCorpus;
import dev.nfe.core.validate.FindingCodes;
import dev.nfe.core.validate.NfeValidator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Layout variants made from real corpus documents read as the originals; skipped without the corpus. */
class VariantCorpusTest {

    static Stream<Path> ibsCbsFiles() {
        return NfeCorpus.require().xml().stream().filter(f -> f.getFileName().toString().contains("ibscbs"));
    }

    static Stream<Path> authorisedNfeProcs() {
        return NfeCorpus.require().documents().stream()
                .filter(e -> "valid".equals(e.expected()) && e.kind().startsWith("nfeproc-4.00"))
                .map(NfeCorpus.Entry::file);
    }

    @ParameterizedTest
    @MethodSource("ibsCbsFiles")
    void deserialize_corpusIbsCbs_isVariant120WithoutDerivedValues(Path file) throws IOException {
        List<ParseOutcome> outcomes = outcomes(read(file));

        assertThat(outcomes).isNotEmpty().allSatisfy(o -> {
            assertThat(o).isInstanceOf(ParseOutcome.Parsed.class);
            assertThat(IbsCbsLayoutVariant.of((Nfe) ((ParseOutcome.Parsed) o).document()))
                    .contains(IbsCbsLayoutVariant.V1_20);
            assertThat(codes(o)).doesNotContain(NfeXmlDeserializer.DERIVED_VALUE);
        });
    }

    @ParameterizedTest
    @MethodSource("ibsCbsFiles")
    void deserialize_corpusIbsCbsWithoutItemVIBS_derivesTheValueTheIssuerWrote(Path file) throws IOException {
        String original = read(file);
        String v100 = original.replaceAll("</gIBSMun><vIBS>[0-9.]+</vIBS><gCBS>", "</gIBSMun><gCBS>");
        assumeTrue(!v100.equals(original), "no gIBSCBS/vIBS in " + file.getFileName());

        List<ParseOutcome> derived = outcomes(v100);
        List<ParseOutcome> expected = outcomes(original);

        assertThat(derived).hasSameSizeAs(expected);
        for (int i = 0; i < derived.size(); i++) {
            Nfe nfe = (Nfe) ((ParseOutcome.Parsed) derived.get(i)).document();
            Nfe written = (Nfe) ((ParseOutcome.Parsed) expected.get(i)).document();
            assertThat(nfe.det()).extracting(d -> d.imposto().ibscbs().flatMap(g -> g.gIBSCBS()).map(g -> g.vIBS()))
                    .isEqualTo(written.det().stream().map(d -> d.imposto().ibscbs().flatMap(g -> g.gIBSCBS())
                            .map(g -> g.vIBS())).toList());
            assertThat(IbsCbsLayoutVariant.of(nfe)).contains(IbsCbsLayoutVariant.V1_00);
            assertThat(codes(derived.get(i))).contains(NfeXmlDeserializer.DERIVED_VALUE);
            assertThat(codes(derived.get(i)).stream().filter(c -> !NfeXmlDeserializer.DERIVED_VALUE.equals(c)))
                    .containsExactlyElementsOf(codes(expected.get(i)));
        }
    }

    @ParameterizedTest
    @MethodSource("authorisedNfeProcs")
    void deserialize_corpusNfeProcWithoutNamespace_readsTheSameNoteWithAWarning(Path file) throws IOException {
        String original = read(file);
        String bare = original.replace(" xmlns=\"" + NfeXmlParser.NFE_NAMESPACE + "\"", "");

        List<ParseOutcome> expected = outcomes(original);
        List<ParseOutcome> outcomes = outcomes(bare);

        assertThat(outcomes).hasSameSizeAs(expected);
        for (int i = 0; i < outcomes.size(); i++) {
            assertThat(outcomes.get(i)).isInstanceOf(ParseOutcome.Parsed.class);
            assertThat(((ParseOutcome.Parsed) outcomes.get(i)).document())
                    .isEqualTo(((ParseOutcome.Parsed) expected.get(i)).document());
            assertThat(codes(outcomes.get(i))).startsWith(NfeXmlDeserializer.XML_NO_NAMESPACE);
        }
    }

    @Test
    void deserialize_nfceWithoutQrCode_isOnlyWarnedAboutTheMissingGroup() throws IOException {
        List<ParseOutcome> outcomes = outcomes(read(corpus("nfce-4.00__nfephp-org__nfce_sem_qrcode.xml")));

        assertThat(outcomes).singleElement().satisfies(o -> {
            assertThat(o.findings()).filteredOn(f -> f.code().equals(FindingCodes.NFCE_SUPL_MISSING))
                    .singleElement().satisfies(f -> assertThat(f.isError()).isFalse());
            assertThat(codes(o)).doesNotContain(FindingCodes.REQUIRED_FIELD);
        });
    }

    @Test
    void deserialize_alphanumericIssuerCnpj_passesItsCheckDigits() throws IOException {
        List<ParseOutcome> outcomes = outcomes(read(corpus("nfe-4.00__engenere__danfe_cnpj_alfanumerico.xml")));

        assertThat(outcomes).singleElement().satisfies(o -> assertThat(codes(o))
                .doesNotContain(FindingCodes.CNPJ_CHECK_DIGIT, FindingCodes.CHAVE_FORMAT));
    }

    private static List<String> codes(ParseOutcome outcome) {
        return outcome.findings().stream().map(Finding::code).toList();
    }

    private static List<ParseOutcome> outcomes(String xml) {
        return NfeXml.outcomes(new NfeXmlDeserializer(XmlLimits.defaults(), NfeValidator.standard()::validate),
                NfeXml.raw("variant", xml));
    }

    private static String read(Path file) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    }

    private static Path corpus(String name) {
        Path file = NfeCorpus.require().resolve("xml/" + name);
        assumeTrue(Files.isRegularFile(file), "NF-e corpus file not found: " + file);
        return file;
    }
}
