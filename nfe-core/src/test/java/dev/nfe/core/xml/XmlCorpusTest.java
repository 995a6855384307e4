package dev.nfe.core.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.nfe.core.model.Event;
import dev.nfe.core.model.EventDetail;
import dev.nfe.core.model.FiscalDocument;
import dev.nfe.core.model.GIBSCBS;
import dev.nfe.core.model.IBSCBSTot;
import dev.nfe.core.model.ICMS;
import dev.nfe.core.model.Nfe;
import dev.nfe.core.spi.Finding;
import dev.nfe.core.spi.ParseOutcome;
import dev.nfe.core.testing.NfeCorpus;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every corpus file parses without exception, and real values come out right; skipped without the corpus. */
class XmlCorpusTest {

    static Stream<Path> corpusFiles() {
        return NfeCorpus.require().xml().stream();
    }

    @ParameterizedTest
    @MethodSource("corpusFiles")
    void deserialize_corpusFile_returnsOutcomesWithoutThrowing(Path file) throws IOException {
        List<ParseOutcome> outcomes = outcomes(file);

        assertThat(outcomes).isNotEmpty();
        if (!file.getFileName().toString().contains("xml-sujo")) {
            assertThat(outcomes).as("outcomes of %s", file.getFileName())
                    .allSatisfy(o -> assertThat(o.findings()).noneMatch(f -> f.code().startsWith("XML_")
                            && f.isError()));
        }
    }

    @Test
    void deserialize_xmlSujo_isQuarantinedAsMalformed() throws IOException {
        List<ParseOutcome> outcomes = outcomes(corpus("nfe-2.00__nfephp-org__xml-sujo.xml"));

        assertThat(outcomes).singleElement().isInstanceOf(ParseOutcome.Quarantined.class);
        assertThat(outcomes.get(0).findings()).extracting(Finding::code).containsExactly("XML_MALFORMED");
    }

    @Test
    void deserialize_dhEmiWithoutOffset_isQuarantinedAsDateWithoutOffset() throws IOException {
        List<ParseOutcome> outcomes = outcomes(
                corpus("nfe-3.10__nfephp-org__11101284613439000180550010000004881093997017-nfeerror.xml"));

        assertThat(outcomes).singleElement().isInstanceOf(ParseOutcome.Quarantined.class);
        assertThat(outcomes.get(0).findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("DATE_WITHOUT_OFFSET");
            assertThat(f.path()).isEqualTo("/NFe/infNFe/ide/dhEmi");
            assertThat(f.message()).contains("2014-02-02T08:00:00");
        });
    }

    @Test
    void deserialize_authorisedNfeProc_readsTotalsDateAndProtocol() throws IOException {
        Nfe nfe = onlyNfe("nfeproc-4.00__henriqueshiraishi__nfe-enviarnf-autorizado.xml");

        assertThat(nfe.chave().value()).isEqualTo("35230121684155000164550010000022891075229964");
        assertThat(nfe.total().icmsTot().vNF()).isEqualTo(new BigDecimal("380.00"));
        assertThat(nfe.ide().dhEmi()).contains(OffsetDateTime.of(2023, 1, 11, 17, 10, 3, 0, ZoneOffset.UTC));
        assertThat(nfe.isAuthorized()).isTrue();
        assertThat(nfe.protNFe()).hasValueSatisfying(p -> assertThat(p.cStat()).isEqualTo("100"));
    }

    @Test
    void deserialize_reformaTributaria_readsIcmsAndIbsCbsGroups() throws IOException {
        Nfe nfe = onlyNfe("nfeproc-4.00__akretion__nfe_reforma_tributaria.xml");

        ICMS icms = nfe.det().get(0).imposto().icms().orElseThrow();
        assertThat(icms.group()).isEqualTo("ICMS10");
        assertThat(icms.pICMS()).contains(new BigDecimal("12.0000"));
        assertThat(icms.vBCST()).contains(new BigDecimal("76637.69"));
        GIBSCBS g = nfe.det().get(0).imposto().ibscbs().orElseThrow().gIBSCBS().orElseThrow();
        assertThat(g.vBC()).isEqualTo(new BigDecimal("800"));
        assertThat(g.gIBSUF().gRed()).hasValueSatisfying(r -> assertThat(r.pAliqEfet()).isEqualTo(new BigDecimal("1.50")));
        assertThat(g.gCBS().vCBS()).isEqualTo(new BigDecimal("101"));
        assertThat(g.gTribRegular()).hasValueSatisfying(t -> assertThat(t.vTribRegCBS()).isEqualTo(new BigDecimal("30.50")));
        IBSCBSTot tot = nfe.total().ibscbsTot().orElseThrow();
        assertThat(tot.vBCIBSCBS()).isEqualTo(new BigDecimal("2000.50"));
        assertThat(tot.gIBS()).hasValueSatisfying(i -> assertThat(i.vCredPresCondSus()).isEqualTo(new BigDecimal("41.90")));
        assertThat(tot.gMono()).hasValueSatisfying(m -> assertThat(m.vIBSMonoReten()).isEqualTo(new BigDecimal("89.56")));
        assertThat(nfe.ide().nFref()).extracting(r -> r.refNFe().orElseThrow())
                .containsExactly("35250137241249000107550014231152171571688010",
                        "21323412888283895737729149494949494171688099");
    }

    @Test
    void deserialize_difal_readsIcmsUfDest() throws IOException {
        Nfe nfe = onlyNfe("nfeproc-4.00__akretion__42211275277525000178550030000276771368212013-procnfe.xml");

        assertThat(nfe.det().get(0).imposto().icmsufDest()).hasValueSatisfying(d -> {
            assertThat(d.vICMSUFDest()).isEqualTo(new BigDecimal("836.26"));
            assertThat(d.pICMSInter()).isEqualTo(new BigDecimal("12.00"));
            assertThat(d.vFCPUFDest()).isEmpty();
        });
    }

    @Test
    void deserialize_nfceWithCdataQrCode_readsInfNFeSupl() throws IOException {
        Nfe nfe = onlyNfe("nfceproc-3.10__nfephp-org__nfcehom2.xml");

        assertThat(nfe.isNfce()).isTrue();
        assertThat(nfe.infNFeSupl()).hasValueSatisfying(s -> assertThat(s.qrCode()).startsWith("http").contains("?"));
    }

    @Test
    void deserialize_nfceLayout300_readsEachPagAsOneDetPagWithCard() throws IOException {
        Nfe nfe = onlyNfe("nfceproc-3.00__nfephp-org__exemplonfce.xml");

        assertThat(nfe.pag().detPag()).hasSizeGreaterThanOrEqualTo(2).allSatisfy(p -> {
            assertThat(p.tPag()).isEqualTo("03");
            assertThat(p.card()).hasValueSatisfying(c -> {
                assertThat(c.tBand()).contains("02");
                assertThat(c.cAut()).contains("110011");
            });
        });
    }

    @Test
    void deserialize_cancellationEvent_readsJustificationAndRawDetail() throws IOException {
        Event event = (Event) only("event-110111__henriqueshiraishi__nfe-cancelarnf-autorizado.xml");

        assertThat(event.tpEvento()).isEqualTo("110111");
        assertThat(event.id()).isEqualTo("ID1101113523046197683300018755001000004634108548475601");
        assertThat(event.detail()).isInstanceOfSatisfying(EventDetail.Cancellation.class, c -> {
            assertThat(c.nProt()).isEqualTo("135230632074367");
            assertThat(c.xJust()).startsWith("erro nao foi considerado desconto");
        });
        assertThat(event.detEventoXml()).hasValueSatisfying(x -> assertThat(x)
                .startsWith("<detEvento xmlns=\"http://www.portalfiscal.inf.br/nfe\" versao=\"1.00\">"
                        + "<descEvento>Cancelamento</descEvento><nProt>135230632074367</nProt><xJust>"));
        assertThat(event.isRegistered()).isTrue();
    }

    @Test
    void deserialize_nfeProcWithRetEvento_yieldsTheNoteThenTheCancellation() throws IOException {
        List<ParseOutcome> outcomes = outcomes(corpus("nfeproc-4.00__nfephp-org__cancelada_55_new.xml"));

        assertThat(outcomes).hasSize(2).allSatisfy(o -> assertThat(o).isInstanceOf(ParseOutcome.Parsed.class));
        FiscalDocument second = ((ParseOutcome.Parsed) outcomes.get(1)).document();
        assertThat(second).isInstanceOfSatisfying(Event.class, e -> {
            assertThat(e.isCancellation()).isTrue();
            assertThat(e.chave().value()).isEqualTo("35210258716523000119550000000573661346317847");
            assertThat(e.retEvento()).hasValueSatisfying(r -> assertThat(r.nProt()).contains("135210128997350"));
        });
    }

    @Test
    void deserialize_soapManifestacao_unwrapsTheEvent() throws IOException {
        Event event = (Event) only("envevento-210210-soap__nfephp-org__exemplo_xml_request_sefazmanifesta.xml");

        assertThat(event.tpEvento()).isEqualTo("210210");
        assertThat(event.detail()).isInstanceOf(EventDetail.Manifestation.class);
        assertThat(event.retEvento()).isEmpty();
    }

    @Test
    void deserialize_layout110_parsesWithDateOnlyEmission() throws IOException {
        Nfe nfe = onlyNfe("nfeproc-1.10__silvercard__v1.xml");

        assertThat(nfe.ide().dhEmi()).isEmpty();
        assertThat(nfe.ide().dEmi()).isPresent();
        assertThat(nfe.protNFe()).hasValueSatisfying(p -> assertThat(p.dhRecbto()).isEmpty());
    }

    @Test
    void deserialize_alphanumericCnpj_keepsItAsWritten() throws IOException {
        Nfe nfe = onlyNfe("nfe-4.00__engenere__danfe_cnpj_alfanumerico.xml");

        assertThat(nfe.emit().cnpj()).contains("XT9CDVWJ000172");
    }

    private static Nfe onlyNfe(String name) throws IOException {
        return (Nfe) only(name);
    }

    private static FiscalDocument only(String name) throws IOException {
        List<ParseOutcome> outcomes = outcomes(corpus(name));
        assertThat(outcomes).singleElement().isInstanceOf(ParseOutcome.Parsed.class);
        return ((ParseOutcome.Parsed) outcomes.get(0)).document();
    }

    private static List<ParseOutcome> outcomes(Path file) throws IOException {
        return NfeXml.outcomes(NfeXml.raw(file.getFileName().toString(), Files.readAllBytes(file)));
    }

    private static Path corpus(String name) {
        Path file = NfeCorpus.require().resolve("xml/" + name);
        assumeTrue(Files.isRegularFile(file), "NF-e corpus file not found: " + file);
        return file;
    }
}
