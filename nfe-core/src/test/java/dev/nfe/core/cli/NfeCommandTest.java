package dev.nfe.core.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nfe.core.generate.NfeGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The subcommands in process, with their output captured through the command line's writers. */
class NfeCommandTest {

    @TempDir
    Path directory;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void validate_validDocument_printsItsChaveAndExits0() throws IOException {
        Path file = directory.resolve("good.xml");
        Files.write(file, NfeGenerator.seeded(3).generate(0).xml());

        int exitCode = execute("validate", file.toString());

        assertThat(exitCode).isZero();
        assertThat(out.toString()).contains(NfeGenerator.seeded(3).chave(0) + " valid")
                .contains("1 documents: 1 valid, 0 with errors");
    }

    @Test
    void validate_brokenDocument_printsItsFindingsAndExits1() throws IOException {
        Path file = directory.resolve("bad.xml");
        Files.writeString(file, "<nfeProc xmlns=\"http://www.portalfiscal.inf.br/nfe\"><NFe>");

        int exitCode = execute("validate", file.toString());

        assertThat(exitCode).isEqualTo(1);
        assertThat(out.toString()).contains("bad.xml invalid").contains("ERROR   XML_MALFORMED");
    }

    @Test
    void schema_nfe_printsItsColumnsWithTypesAndXPaths() {
        int exitCode = execute("schema", "nfe");

        assertThat(exitCode).isZero();
        assertThat(out.toString()).startsWith("nfe (").containsPattern("chave\\s+TEXT\\s+required")
                .containsPattern("icms_tot_v_nf\\s+DECIMAL\\(15,2\\)\\s+required\\s+/nfeProc/NFe/infNFe/total/ICMSTot/vNF")
                .doesNotContain("nfe_item (");
    }

    @Test
    void schema_withoutTable_printsEveryTable() {
        execute("schema");

        assertThat(out.toString()).contains("nfe (", "nfe_item (", "nfe_item_tax (", "nfe_event (");
    }

    @Test
    void schema_unknownTable_exits2NamingTheTables() {
        int exitCode = execute("schema", "invoices");

        assertThat(exitCode).isEqualTo(2);
        assertThat(err.toString()).contains("unknown silver table 'invoices'", "nfe_item");
    }

    @Test
    void generate_withInvalid_writesValidAndBrokenDocuments() throws IOException {
        Path target = directory.resolve("input");

        int exitCode = execute("generate", "--documents", "5", "--invalid", "2", "--out", target.toString());

        assertThat(exitCode).isZero();
        try (Stream<Path> files = Files.list(target)) {
            List<String> names = files.map(path -> path.getFileName().toString()).sorted().toList();
            assertThat(names).hasSize(7).contains("invalid-0001-truncated.xml", "invalid-0002-no-emitter.xml");
        }
    }

    @Test
    void generate_brokenDocuments_failValidation() {
        Path target = directory.resolve("input");
        execute("generate", "--documents", "0", "--invalid", "2", "--out", target.toString());

        int exitCode = execute("validate", target.resolve("invalid-0001-truncated.xml").toString(),
                target.resolve("invalid-0002-no-emitter.xml").toString());

        assertThat(exitCode).isEqualTo(1);
        assertThat(out.toString()).contains("2 with errors").contains("XML_MALFORMED").contains("REQUIRED_MISSING");
    }

    @Test
    void run_badDeadline_exits2NamingTheOption() {
        int exitCode = execute("run", "--config", "pipeline.yaml", "--deadline", "soon");

        assertThat(exitCode).isEqualTo(2);
        assertThat(err.toString()).contains("--deadline").contains("'soon' is not a duration");
    }

    @Test
    void run_missingConfigFile_exits2NamingIt() {
        int exitCode = execute("run", "--config", directory.resolve("missing.yaml").toString());

        assertThat(exitCode).isEqualTo(2);
        assertThat(err.toString()).contains("missing.yaml: cannot read the configuration file");
    }

    @Test
    void clean_afterARun_printsEachLeftoverAndRemovesItUnlessDryRun() throws IOException {
        NfeGenerator.seeded(3).writeTo(directory.resolve("input"), 3);
        Path config = directory.resolve("pipeline.yaml");
        Files.writeString(config, "pipeline: nfe-cli\n"
                + "storage: { type: local, root: " + directory.resolve("lake") + " }\n"
                + "extract: { type: folder, path: " + directory.resolve("input") + " }\n"
                + "transform: { deserializer: nfe-xml, writer: parquet, catalog: none }\n");
        assertThat(execute("run", "--config", config.toString())).as(err.toString()).isZero();
        Path batch;
        try (Stream<Path> batches = Files.list(directory.resolve("lake/bronze/nfe-cli/ingest_date="
                + LocalDate.now(ZoneOffset.UTC)))) {
            batch = batches.findFirst().orElseThrow();
        }
        Path temporary = batch.resolve(".stray.xml.0b5b3c6e-6a3e-4a8e-9d0c-3f2d3f4b5a6c.tmp");
        Files.writeString(temporary, "left over");
        Path young = batch.resolve(".young.xml.1b5b3c6e-6a3e-4a8e-9d0c-3f2d3f4b5a6c.tmp");
        Files.writeString(young, "being written");
        Files.setLastModifiedTime(temporary, FileTime.from(Instant.now().minus(Duration.ofHours(2))));

        int dryRun = execute("clean", "--config", config.toString(), "--dry-run");
        String dryRunOut = out.toString();
        out.getBuffer().setLength(0);
        int clean = execute("clean", "--config", config.toString());

        assertThat(dryRun).isZero();
        assertThat(dryRunOut).contains("would remove  bronze/nfe-cli/").contains("/stray.xml  (unfinished write "
                + temporary.getFileName() + ")").contains("nfe-cli: would remove 1 unfinished writes and 0"
                + " unreferenced objects older than 1h");
        assertThat(clean).isZero();
        assertThat(out.toString()).contains("removed  bronze/nfe-cli/").contains("nfe-cli: removed 1 unfinished");
        assertThat(temporary).doesNotExist();
        assertThat(young).exists();
    }

    @Test
    void nfe_withoutCommand_exits2() {
        int exitCode = execute();

        assertThat(exitCode).isEqualTo(2);
        assertThat(err.toString()).contains("Missing command");
    }

    private int execute(String... args) {
        CommandLine commandLine = NfeCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }
}
