package dev.nfe.core.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nfe.core.generate.NfeGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code nfe maintain} in process over a pipeline with an {@code iceberg} silver, its output captured. */
class MaintainCommandTest {
    @TempDir
    Path directory;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void maintain_dryRunThenApplied_printsEachActionAndASummaryPerTableAndCompactsOnlyWhenApplied() throws IOException {
        Path config = config("iceberg");
        NfeGenerator.seeded(3).writeTo(directory.resolve("input"), 25);
        assertThat(execute("run", "--config", config.toString())).as(err.toString()).isZero();
        String partition = "ingest_date=" + LocalDate.now(ZoneOffset.UTC);
        Path data = directory.resolve("lake/silver/nfe/data/" + partition);

        int dryRun = execute("maintain", "--config", config.toString(), "--dry-run");
        String dryRunOut = take(out);
        long filesAfterDryRun = count(data);
        int applied = execute("maintain", "--config", config.toString(), "--retain", "0s", "--target-file-size",
                "64MB");

        assertThat(dryRun).as(err.toString()).isZero();
        assertThat(dryRunOut).contains("silver.nfe  would compact " + partition + ": 3 files")
                .contains("silver.nfe: would compact 1 partitions (3 files), would expire 0 snapshots, would delete 0"
                        + " orphans");
        assertThat(filesAfterDryRun).isEqualTo(3);
        assertThat(applied).as(err.toString()).isZero();
        assertThat(out.toString()).containsPattern("silver\\.nfe  compacted " + partition
                        + ": 3 files, \\d+ KiB -> 1 files, \\d+ KiB, 25 rows")
                .containsPattern("silver\\.nfe  expired 3 snapshots, 1 retained; 3 batches recorded as expired, \\d+"
                        + " files deleted")
                .contains("silver.nfe: compacted 1 partitions (3 files into 1), expired 3 snapshots, deleted 0 orphans");
        // the replaced files stay until the compaction's own snapshot expires, or as orphans past the window
        assertThat(count(data)).isEqualTo(4);
        take(out);
        assertThat(execute("tables", "--config", config.toString())).isZero();
        assertThat(out.toString()).contains("silver.nfe  (1 snapshots)")
                .containsPattern("replace\\s+-\\s+\\+25 rows, 25 rows in 1 files");
    }

    @Test
    void maintain_parquetSilver_exits2NamingTheWriterKey() throws IOException {
        Path config = config("parquet");

        int exitCode = execute("maintain", "--config", config.toString());

        assertThat(exitCode).isEqualTo(2);
        assertThat(err.toString()).contains("transform.writer: pipeline nfe-cli writes silver as plain Parquet");
    }

    @Test
    void maintain_badSize_exits2() throws IOException {
        Path config = config("iceberg");

        int exitCode = execute("maintain", "--config", config.toString(), "--target-file-size", "big");

        assertThat(exitCode).isEqualTo(2);
        assertThat(err.toString()).contains("'big' is not a size such as");
    }

    /** A pipeline whose pages of 10 documents each become a silver batch of their own ({@code batchBytes: 1}). */
    private Path config(String writer) throws IOException {
        Files.createDirectories(directory.resolve("input"));
        Path config = directory.resolve("pipeline.yaml");
        Files.writeString(config, "pipeline: nfe-cli\n"
                + "storage: { type: local, root: " + directory.resolve("lake") + " }\n"
                + "extract: { type: folder, path: " + directory.resolve("input") + ", pageSize: 10 }\n"
                + "transform: { deserializer: nfe-xml, writer: " + writer + ", catalog: none, batchBytes: 1 }\n");
        return config;
    }

    private static long count(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        }
    }

    private static String take(StringWriter writer) {
        String text = writer.toString();
        writer.getBuffer().setLength(0);
        return text;
    }

    private int execute(String... args) {
        CommandLine commandLine = NfeCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }
}
