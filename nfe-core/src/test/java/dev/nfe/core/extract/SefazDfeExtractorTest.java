package dev.nfe.core.extract;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.nfe.core.extract.SefazResponses.docZip;
import static dev.nfe.core.extract.SefazResponses.rawDocZip;
import static dev.nfe.core.extract.SefazResponses.resNFe;
import static dev.nfe.core.extract.SefazResponses.response;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.nfe.core.cli.NfeCommand;
import dev.nfe.core.config.PipelineConfigLoader;
import dev.nfe.core.runtime.Pipeline;
import dev.nfe.core.runtime.Stage;
import dev.nfe.core.runtime.StagePayloads;
import dev.nfe.core.silver.ManifestLayerReader;
import dev.nfe.core.silver.SilverTables;
import dev.nfe.core.spi.Batch;
import dev.nfe.core.spi.NfeException;
import dev.nfe.core.spi.RunSummary;
import dev.nfe.core.spi.Table;
import dev.nfe.core.spi.TransientException;
import dev.nfe.core.storage.LocalStorage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The {@code sefaz-dfe} extractor end to end: configured from YAML, calling a WireMock HTTPS server that requires
 * the client certificate, writing bronze through the runtime.
 */
class SefazDfeExtractorTest {
    private static final String PASSWORD = "Senha-A1-7f3c9e";
    private static final String PIPELINE = "sefaz-test";
    private static final String PATH = "/NFeDistribuicaoDFe/NFeDistribuicaoDFe.asmx";
    private static final String EVENT_PATH = "/NFeRecepcaoEvento4/NFeRecepcaoEvento4.asmx";
    private static final Instant START = Instant.parse("2026-12-04T12:00:00Z");
    private static final String CHAVE_1 = "35261211222333000181550010000000011000000019";
    private static final String VALID_CHAVE = "35261211222333000181550010000000011000000018";
    private static final String CHAVE_5 = "35261211222333000181550010000000051000000050";

    @TempDir
    Path directory;

    private TestCertificates certificates;
    private WireMockServer server;
    private final TestClock clock = new TestClock(START);

    @BeforeEach
    void startServer() {
        certificates = TestCertificates.generate(directory, PASSWORD);
        server = new WireMockServer(wireMockConfig().httpDisabled(true).dynamicHttpsPort()
                .keystorePath(certificates.serverKeys().toString()).keystoreType("PKCS12")
                .keystorePassword(PASSWORD).keyManagerPassword(PASSWORD)
                .needClientAuth(true)
                .trustStorePath(certificates.serverTrust().toString()).trustStoreType("PKCS12")
                .trustStorePassword(PASSWORD));
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop();
    }

    @Test
    void extract_scriptedBacklog_writesEachDocumentOnceAndCheckpointsUltNsu() {
        scriptBacklog();

        RunSummary summary = extract(pipeline(directory.resolve("client.p12")));

        assertThat(bronzeDocuments()).hasSize(3);
        assertThat(manifests()).contains("NSU=000000000000001&schema=resNFe_v1.01.xsd",
                "NSU=000000000000002&schema=resNFe_v1.01.xsd", "NSU=000000000000005&schema=resNFe_v1.01.xsd");
        assertThat(summary.written()).isEqualTo(3);
        assertThat(summary.duplicates()).isEqualTo(1);
        assertThat(summary.quarantined()).isEqualTo(2);
        assertThat(rejected()).contains("sefaz-dfe:NSU=000000000000003", "UNREADABLE",
                "sefaz-dfe:NSU=000000000000004", "COMPRESSION_RATIO");
        assertThat(state()).contains("\"sefaz.ultNSU\" : \"000000000000006\"",
                "\"sefaz.nextCallAt\" : \"" + START.plus(Duration.ofHours(1)) + "\"");
        server.verify(5, postRequestedFor(urlEqualTo(PATH)).withRequestBody(containing("<ultNSU>000000000000004")));
    }

    @Test
    void extract_answerStallingPastTheDeadline_returnsByTheDeadlineAndTheNextRunResumes() {
        stubNsu(0, response("138", "Documento localizado", 2, 6,
                docZip(1, "resNFe_v1.01.xsd", resNFe(CHAVE_1)),
                docZip(2, "resNFe_v1.01.xsd", resNFe(CHAVE_5))));
        server.stubFor(post(urlEqualTo(PATH)).withRequestBody(containing("<ultNSU>000000000000002</ultNSU>"))
                .willReturn(soap(response("137", "Nenhum documento localizado", 6, 6)).withFixedDelay(6_000)));
        Clock ticking = Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), START));
        Pipeline pipeline = build("    certificate: { file: '" + directory.resolve("client.p12")
                + "', password: '${secret:a1-password}' }\n", ticking);
        Duration budget = Duration.ofSeconds(3);

        long started = System.nanoTime();
        RunSummary first = pipeline.run(pipeline.request(Stage.EXTRACT).withTimeBudget(budget));
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        server.resetAll();
        stubNsu(2, response("137", "Nenhum documento localizado", 6, 6));
        RunSummary second = pipeline.run(StagePayloads.next(pipeline.request(Stage.EXTRACT), List.of(first))
                .orElseThrow());

        assertThat(took).isLessThan(budget.plusMillis(750));
        assertThat(first.isPartial()).isTrue();
        assertThat(first.written()).isEqualTo(2);
        assertThat(second.isPartial()).isFalse();
        assertThat(bronzeDocuments()).hasSize(2);
        server.verify(1, postRequestedFor(urlEqualTo(PATH)).withRequestBody(containing("<ultNSU>000000000000002")));
        server.verify(0, postRequestedFor(urlEqualTo(PATH)).withRequestBody(containing("<ultNSU>000000000000000")));
    }

    @Test
    void extract_insideTheHourAfter137_makesNoCallAndSucceeds() {
        scriptBacklog();
        Pipeline pipeline = pipeline(directory.resolve("client.p12"));
        extract(pipeline);
        int calls = server.getAllServeEvents().size();
        clock.advance(Duration.ofMinutes(59));

        RunSummary early = extract(pipeline);

        assertThat(server.getAllServeEvents()).hasSize(calls);
        assertThat(early.written()).isZero();
        assertThat(early.isPartial()).isFalse();
    }

    @Test
    void extract_afterTheHour_continuesFromTheUltNsuSefazReturned() {
        scriptBacklog();
        Pipeline pipeline = pipeline(directory.resolve("client.p12"));
        extract(pipeline);
        server.stubFor(post(urlEqualTo(PATH)).withRequestBody(containing("<ultNSU>000000000000006</ultNSU>"))
                .willReturn(soap(response("137", "Nenhum documento localizado", 6, 6))));
        clock.advance(Duration.ofMinutes(61));

        extract(pipeline);

        server.verify(1, postRequestedFor(urlEqualTo(PATH)).withRequestBody(containing("<ultNSU>000000000000006")));
        assertThat(state()).contains("\"sefaz.nextCallAt\" : \""
                + START.plus(Duration.ofMinutes(121)) + "\"");
        assertThat(bronzeDocuments()).hasSize(3);
    }

    @Test
    void extract_when656MidBacklog_keepsItsUltNsuAndRefusesToCallWithinTheHour() {
        stubNsu(0, response("138", "Documento localizado", 1, 9, docZip(1, "resNFe_v1.01.xsd", resNFe(CHAVE_1))));
        stubNsu(1, response("656", "Rejeicao: Consumo Indevido", 1, 9));
        Pipeline pipeline = pipeline(directory.resolve("client.p12"));

        RunSummary summary = extract(pipeline);
        clock.advance(Duration.ofMinutes(30));
        extract(pipeline);

        assertThat(summary.written()).isEqualTo(1);
        assertThat(state()).contains("\"sefaz.ultNSU\" : \"000000000000001\"", "cStat 656",
                "\"sefaz.nextCallAt\" : \"" + START.plus(Duration.ofHours(1)) + "\"");
        server.verify(1, postRequestedFor(urlEqualTo(PATH)).withRequestBody(containing("<ultNSU>000000000000001")));
    }

    @Test
    void extract_whenOtherStatus_failsWithCStatAndXMotivoAndKeepsTheCheckpoint() {
        stubNsu(0, response("138", "Documento localizado", 1, 9, docZip(1, "resNFe_v1.01.xsd", resNFe(CHAVE_1))));
        stubNsu(1, response("593", "Rejeicao: CNPJ-Base consultado difere do CNPJ-Base do Certificado Digital", 1,
                9));

        assertThatThrownBy(() -> extract(pipeline(directory.resolve("client.p12"))))
                .isInstanceOf(NfeException.class)
                .hasMessageContaining("cStat 593")
                .hasMessageContaining("CNPJ-Base consultado difere");
        assertThat(state()).contains("\"sefaz.ultNSU\" : \"000000000000001\"").doesNotContain("nextCallAt");
    }

    @Test
    void extract_whenResetsOutlastRetries_failsAndTheRerunContinuesWithoutDuplicates() {
        stubNsu(0, response("138", "Documento localizado", 1, 3, docZip(1, "resNFe_v1.01.xsd", resNFe(CHAVE_1))));
        server.stubFor(post(urlEqualTo(PATH)).withRequestBody(containing("<ultNSU>000000000000001</ultNSU>"))
                .inScenario("reset").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("reset once"));
        server.stubFor(post(urlEqualTo(PATH)).withRequestBody(containing("<ultNSU>000000000000001</ultNSU>"))
                .inScenario("reset").whenScenarioStateIs("reset once")
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("recovered"));
        server.stubFor(post(urlEqualTo(PATH)).withRequestBody(containing("<ultNSU>000000000000001</ultNSU>"))
                .inScenario("reset").whenScenarioStateIs("recovered")
                .willReturn(soap(response("138", "Documento localizado", 3, 3,
                        docZip(2, "resNFe_v1.01.xsd", resNFe(CHAVE_5)),
                        docZip(3, "resNFe_v1.01.xsd", resNFe(CHAVE_1))))));

        assertThatThrownBy(() -> extract(pipeline(directory.resolve("client.p12"))))
                .isInstanceOf(TransientException.class).hasMessageContaining("gave up after 2 attempts");
        assertThat(state()).contains("\"sefaz.ultNSU\" : \"000000000000001\"");
        RunSummary rerun = extract(pipeline(directory.resolve("client.p12")));

        assertThat(rerun.written()).isEqualTo(1);
        assertThat(rerun.duplicates()).isEqualTo(1);
        assertThat(bronzeDocuments()).hasSize(2);
        assertThat(state()).contains("\"sefaz.ultNSU\" : \"000000000000003\"");
    }

    @Test
    void extract_whenClientCertificateIsNotTrusted_failsTheHandshake() {
        Path stranger = TestCertificates.untrustedClient(directory, PASSWORD);
        stubNsu(0, response("137", "Nenhum documento localizado", 0, 0));

        assertThatThrownBy(() -> extract(pipeline(stranger))).isInstanceOf(NfeException.class)
                .isNotInstanceOf(TransientException.class).hasMessageContaining("TLS handshake failed");
        assertThat(server.getAllServeEvents()).isEmpty();
    }

    @Test
    void extract_withAKnownCertificate_neverShowsItsPasswordOrKey() throws IOException {
        scriptBacklog();
        stubNsu(6, response("999", "Rejeicao: Erro nao catalogado", 6, 6));
        String key = certificates.clientKeysBase64();
        StringBuilder seen = new StringBuilder();
        java.io.PrintStream original = System.err;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            Pipeline pipeline = pipelineWithBase64Certificate(key);
            seen.append(extract(pipeline));
            clock.advance(Duration.ofHours(2));
            try {
                extract(pipeline);
            } catch (NfeException e) {
                seen.append(e).append(e.getCause());
            }
        } finally {
            System.setErr(original);
        }
        seen.append(captured.toString(StandardCharsets.UTF_8)).append(state()).append(rejected())
                .append(manifests());

        assertThat(seen.toString()).contains("cStat 999").doesNotContain(PASSWORD)
                .doesNotContain(key.substring(0, 64)).doesNotContain(key.substring(key.length() / 2,
                        key.length() / 2 + 64));
    }

    @Test
    void extract_consChNFe_makesAtMostTwentyCallsAnHour() {
        server.stubFor(post(urlEqualTo(PATH)).withRequestBody(containing("<consChNFe>"))
                .willReturn(soap(response("138", "Documento localizado", 0, 0,
                        docZip(7, "resNFe_v1.01.xsd", resNFe(CHAVE_1))))));
        StringBuilder chaves = new StringBuilder();
        for (int i = 0; i < 21; i++) {
            chaves.append(i == 0 ? "" : ", ").append("'3526121122233300018155001").append(String.format("%019d", i))
                    .append("'");
        }
        Pipeline pipeline = build("    certificate: { file: '" + directory.resolve("client.p12")
                + "', password: '${secret:a1-password}' }\n    mode: consChNFe\n    chaves: [" + chaves + "]\n");

        extract(pipeline);
        int first = server.getAllServeEvents().size();
        extract(pipeline);
        int sameHour = server.getAllServeEvents().size();
        clock.advance(Duration.ofMinutes(61));
        extract(pipeline);

        assertThat(first).isEqualTo(20);
        assertThat(sameHour).isEqualTo(20);
        assertThat(server.getAllServeEvents()).hasSize(21);
        assertThat(bronzeDocuments()).hasSize(1);
    }

    @Test
    void extract_consNSU_fetchesEachListedNsuOnceAndDeduplicatesByContent() {
        server.stubFor(post(urlEqualTo(PATH)).withRequestBody(containing("<consNSU><NSU>000000000000007</NSU>"))
                .willReturn(soap(response("138", "Documento localizado", 7, 9,
                        docZip(7, "resNFe_v1.01.xsd", resNFe(CHAVE_1))))));
        server.stubFor(post(urlEqualTo(PATH)).withRequestBody(containing("<consNSU><NSU>000000000000008</NSU>"))
                .willReturn(soap(response("138", "Documento localizado", 8, 9,
                        docZip(8, "resNFe_v1.01.xsd", resNFe(CHAVE_1))))));
        server.stubFor(post(urlEqualTo(PATH)).withRequestBody(containing("<consNSU><NSU>000000000000009</NSU>"))
                .willReturn(soap(response("138", "Documento localizado", 9, 9,
                        docZip(9, "resNFe_v1.01.xsd", resNFe(CHAVE_5))))));
        Pipeline pipeline = build("    certificate: { file: '" + directory.resolve("client.p12")
                + "', password: '${secret:a1-password}' }\n    mode: consNSU\n    nsus: [7, 8, 9]\n");

        RunSummary first = extract(pipeline);
        int calls = server.getAllServeEvents().size();
        RunSummary again = extract(pipeline);

        assertThat(calls).isEqualTo(3);
        assertThat(first).extracting(RunSummary::written, RunSummary::duplicates).containsExactly(2L, 1L);
        assertThat(bronzeDocuments()).hasSize(2);
        assertThat(again.written()).isZero();
        assertThat(bronzeDocuments()).hasSize(2);
    }

    @Test
    void cli_runOverTheScriptedServer_extractsAndTransformsEveryDocument() throws IOException {
        stubNsu(0, response("138", "Documento localizado", 2, 2,
                docZip(1, "resNFe_v1.01.xsd", resNFe(VALID_CHAVE)),
                docZip(2, "resNFe_v1.01.xsd", resNFe(CHAVE_5))));
        stubNsu(2, response("137", "Nenhum documento localizado", 2, 2));
        build("    certificate: { file: '" + directory.resolve("client.p12")
                + "', password: '${secret:a1-password}' }\n");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = NfeCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));

        int exitCode = cli.execute("run", "--config", directory.resolve("pipeline.yaml").toString());
        int rerun = cli.execute("run", "--config", directory.resolve("pipeline.yaml").toString());

        assertThat(exitCode).as(err.toString()).isZero();
        assertThat(rerun).as(err.toString()).isZero();
        assertThat(silver("nfe_summary", "chave")).containsExactlyInAnyOrder(VALID_CHAVE, CHAVE_5);
        assertThat(state()).contains("\"sefaz.ultNSU\" : \"000000000000002\"");
        assertThat(out.toString() + err).doesNotContain(PASSWORD);
    }

    @Test
    void ciencia_afterAuthorizedResNFe_isSentOnceAndRecorded() {
        String cancelled = resNFe(CHAVE_5).replace("<cSitNFe>1</cSitNFe>", "<cSitNFe>3</cSitNFe>");
        stubNsu(0, response("138", "Documento localizado", 2, 2,
                docZip(1, "resNFe_v1.01.xsd", resNFe(VALID_CHAVE)), docZip(2, "resNFe_v1.01.xsd", cancelled)));
        server.stubFor(post(urlEqualTo(EVENT_PATH)).withRequestBody(containing(VALID_CHAVE))
                .willReturn(soap(SefazResponses.retEnvEvento("128", VALID_CHAVE + "=135"))));
        Pipeline pipeline = build(certificateKeys() + ciencia(20));

        extract(pipeline);
        clock.advance(Duration.ofMinutes(61));
        stubNsu(2, response("138", "Documento localizado", 3, 3,
                docZip(3, "resNFe_v1.01.xsd", resNFe(VALID_CHAVE).replace("150.25", "150.26"))));
        extract(pipeline);

        server.verify(1, postRequestedFor(urlEqualTo(EVENT_PATH))
                .withHeader("Content-Type", containing("action=\"" + EnvEventoRequest.SOAP_ACTION + "\""))
                .withRequestBody(containing("<infEvento Id=\"ID210210" + VALID_CHAVE + "01\"><cOrgao>91</cOrgao>")));
        server.verify(0, postRequestedFor(urlEqualTo(EVENT_PATH)).withRequestBody(containing(CHAVE_5)));
        assertThat(state()).doesNotContain("sefaz.pendingCiencias").contains("\"sefaz.ultNSU\" : \"000000000000003\"");
        assertThat(text(files("_state/" + PIPELINE))).contains("registered cStat=135 nProt=891260000000001");
    }

    @Test
    void ciencia_overTheHourlyCapOrWhenTheServiceFails_waitsInTheCheckpointForALaterRun() {
        stubNsu(0, response("138", "Documento localizado", 2, 2,
                docZip(1, "resNFe_v1.01.xsd", resNFe(VALID_CHAVE)), docZip(2, "resNFe_v1.01.xsd", resNFe(CHAVE_5))));
        stubNsu(2, response("137", "Nenhum documento localizado", 2, 2));
        server.stubFor(post(urlEqualTo(EVENT_PATH)).withRequestBody(containing(VALID_CHAVE))
                .willReturn(soap(SefazResponses.retEnvEvento("128", VALID_CHAVE + "=135"))));
        server.stubFor(post(urlEqualTo(EVENT_PATH)).withRequestBody(containing(CHAVE_5))
                .inScenario("event").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)));
        Pipeline pipeline = build(certificateKeys() + ciencia(1));

        RunSummary first = extract(pipeline);
        String afterFirst = state();
        clock.advance(Duration.ofMinutes(61));
        RunSummary failing = extract(pipeline);
        String afterFailure = state();
        server.stubFor(post(urlEqualTo(EVENT_PATH)).withRequestBody(containing(CHAVE_5))
                .inScenario("event").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(soap(SefazResponses.retEnvEvento("128", CHAVE_5 + "=573"))));
        clock.advance(Duration.ofMinutes(61));
        extract(pipeline);

        assertThat(first.written()).isEqualTo(2);
        assertThat(afterFirst).contains("\"sefaz.pendingCiencias\" : \"" + CHAVE_5 + "\"");
        assertThat(failing.isPartial()).isFalse();
        assertThat(afterFailure).contains("\"sefaz.pendingCiencias\" : \"" + CHAVE_5 + "\"");
        assertThat(state()).doesNotContain("sefaz.pendingCiencias");
        server.verify(1, postRequestedFor(urlEqualTo(EVENT_PATH)).withRequestBody(containing(VALID_CHAVE)));
        assertThat(text(files("_state/" + PIPELINE))).contains("registered cStat=573");
    }

    @Test
    void run_summariesAndEventsFromSefaz_reachTheirSilverTables() {
        String chave = VALID_CHAVE;
        stubNsu(0, response("138", "Documento localizado", 3, 3,
                docZip(1, "resNFe_v1.01.xsd", resNFe(chave)),
                docZip(2, "resEvento_v1.01.xsd", SefazResponses.resEvento(chave)),
                docZip(3, "procEventoNFe_v1.00.xsd", SefazResponses.procEventoCancellation(chave))));
        Pipeline pipeline = pipeline(directory.resolve("client.p12"));

        RunSummary extracted = extract(pipeline);
        RunSummary transformed = pipeline.run(pipeline.request(Stage.TRANSFORM));

        assertThat(extracted.written()).isEqualTo(3);
        assertThat(transformed).extracting(RunSummary::written, RunSummary::quarantined).containsExactly(3L, 0L);
        assertThat(silver("nfe_summary", "chave")).containsExactly(chave);
        assertThat(silver("nfe_event_summary", "tp_evento")).containsExactly("110111");
        assertThat(silver("nfe_event", "ret_evento_c_stat")).containsExactly("135");
        server.verify(0, postRequestedFor(urlEqualTo(EVENT_PATH)));
    }

    /** The values of {@code column} in every row of silver table {@code table}. */
    private List<Object> silver(String table, String column) {
        Table spec = SilverTables.named(table).orElseThrow();
        int index = spec.indexOf(column);
        LocalStorage lake = new LocalStorage(directory.resolve("lake"));
        ManifestLayerReader reader = new ManifestLayerReader(lake, "silver");
        try (Stream<Batch> batches = reader.batches()) {
            return batches.flatMap(batch -> reader.rows(batch, spec).map(row -> row.get(index)).toList().stream())
                    .toList();
        }
    }

    private void scriptBacklog() {
        stubNsu(0, response("138", "Documento localizado", 2, 6,
                docZip(1, "resNFe_v1.01.xsd", resNFe(CHAVE_1)),
                docZip(2, "resNFe_v1.01.xsd", resNFe(CHAVE_5))));
        // A reset before the second page: retried.
        server.stubFor(post(urlEqualTo(PATH)).withRequestBody(containing("<ultNSU>000000000000002</ultNSU>"))
                .inScenario("second").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("up"));
        server.stubFor(post(urlEqualTo(PATH)).withRequestBody(containing("<ultNSU>000000000000002</ultNSU>"))
                .inScenario("second").whenScenarioStateIs("up")
                .willReturn(soap(response("138", "Documento localizado", 4, 6,
                        rawDocZip(3, "resNFe_v1.01.xsd", "this is not base64!"),
                        rawDocZip(4, "procNFe_v4.00.xsd", bomb())))));
        // A 5xx burst before the third page, then a duplicated NSU next to a new one.
        for (int i = 0; i < 4; i++) {
            server.stubFor(post(urlEqualTo(PATH)).withRequestBody(containing("<ultNSU>000000000000004</ultNSU>"))
                    .inScenario("third").whenScenarioStateIs(i == 0 ? Scenario.STARTED : "failed " + i)
                    .willReturn(aResponse().withStatus(503)).willSetStateTo("failed " + (i + 1)));
        }
        server.stubFor(post(urlEqualTo(PATH)).withRequestBody(containing("<ultNSU>000000000000004</ultNSU>"))
                .inScenario("third").whenScenarioStateIs("failed 4")
                .willReturn(soap(response("138", "Documento localizado", 5, 6,
                        docZip(2, "resNFe_v1.01.xsd", resNFe(CHAVE_5)),
                        docZip(5, "resNFe_v1.01.xsd", resNFe(CHAVE_5).replace("150.25", "99.90"))))));
        stubNsu(5, response("137", "Nenhum documento localizado", 6, 6));
    }

    private void stubNsu(long ultNsu, String body) {
        server.stubFor(post(urlEqualTo(PATH))
                .withHeader("Content-Type", containing("application/soap+xml"))
                .withRequestBody(containing("<ultNSU>" + DistDFeQuery.nsu(ultNsu) + "</ultNSU>"))
                .willReturn(soap(body)));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder soap(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/soap+xml; charset=utf-8")
                .withBody(body);
    }

    private static String bomb() {
        return Base64.getEncoder().encodeToString(SefazResponses.gzip(new byte[8 << 20]));
    }

    private String certificateKeys() {
        return "    certificate: { file: '" + directory.resolve("client.p12") + "', password: '${secret:a1-password}' }\n";
    }

    private String ciencia(int maxPerHour) {
        return "    ciencia: { enabled: true, url: 'https://localhost:" + server.httpsPort() + EVENT_PATH
                + "', maxPerHour: " + maxPerHour + " }\n";
    }

    private Pipeline pipeline(Path clientKeys) {
        return build("    certificate: { file: '" + clientKeys + "', password: '${secret:a1-password}' }\n");
    }

    private Pipeline pipelineWithBase64Certificate(String base64) {
        write("a1-pkcs12", base64);
        return build("    certificate: { pkcs12: '${secret:a1-pkcs12}', password: '${secret:a1-password}' }\n");
    }

    private Pipeline build(String certificate) {
        return build(certificate, clock);
    }

    private Pipeline build(String certificate, Clock pipelineClock) {
        write("a1-password", PASSWORD);
        write("trust-password", PASSWORD);
        String yaml = "pipeline: " + PIPELINE + "\n"
                + "storage: { type: local, root: '" + directory.resolve("lake") + "' }\n"
                + "secrets: { type: file, path: '" + directory.resolve("secrets") + "' }\n"
                + "extract:\n"
                + "    type: sefaz-dfe\n"
                + "    url: https://localhost:" + server.httpsPort() + PATH + "\n"
                + "    cUFAutor: '35'\n"
                + "    cnpj: '12345678000195'\n"
                + certificate
                + "    trustStore: { file: '" + certificates.clientTrust() + "', password: '${secret:trust-password}' }\n"
                + "    retry: { maxAttempts: " + 5 + ", backoff: 1ms, maxBackoff: 2ms }\n"
                + "    deadlineMargin: 1s\n"
                + "transform: { deserializer: nfe-xml }\n";
        Path file = directory.resolve("pipeline.yaml");
        try {
            Files.writeString(file, yaml.replace("maxAttempts: 5", "maxAttempts: " + attempts()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Pipeline.builder().config(PipelineConfigLoader.create().load(file)).clock(pipelineClock).build();
    }

    /** Two attempts for the reset test (so the resets outlast them), five otherwise. */
    private int attempts() {
        return server.getStubMappings().stream().anyMatch(stub -> "reset".equals(stub.getScenarioName())) ? 2 : 5;
    }

    private void write(String secret, String value) {
        try {
            Files.createDirectories(directory.resolve("secrets"));
            Files.writeString(directory.resolve("secrets").resolve(secret), value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static RunSummary extract(Pipeline pipeline) {
        return pipeline.run(pipeline.request(Stage.EXTRACT));
    }

    private List<Path> bronzeDocuments() {
        return files("bronze").stream().filter(path -> path.getFileName().toString().endsWith(".xml")).toList();
    }

    private String manifests() {
        return text(files("bronze").stream().filter(path -> path.toString().contains("/_manifests/")).toList());
    }

    private String rejected() {
        return text(files("_state/" + PIPELINE + "/rejected"));
    }

    private String state() {
        return text(List.of(directory.resolve("lake/_state/" + PIPELINE + "/extract.json")));
    }

    private List<Path> files(String under) {
        Path root = directory.resolve("lake").resolve(under);
        if (!Files.exists(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(List<Path> paths) {
        StringBuilder text = new StringBuilder();
        for (Path path : paths) {
            try {
                text.append(Files.readString(path)).append('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return text.toString();
    }

    /** A clock that moves only when the test says. */
    private static final class TestClock extends Clock {
        private Instant now;

        TestClock(Instant start) {
            this.now = start;
        }

        void advance(Duration step) {
            now = now.plus(step);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("UTC only");
        }
    }
}
