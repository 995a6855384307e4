package dev.nfe.examples;

import dev.nfe.core.cli.NfeCommand;
import dev.nfe.core.spi.NfeException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code demo}: the whole local pipeline in one command. Writes the bundled demo configuration to
 * {@code ./lake/pipeline.yaml}, generates documents (and a few broken ones) into {@code ./lake/landing}, then runs
 * every stage of it, which prints the summary. Running it again adds nothing: the documents are the same and every
 * stage is idempotent.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Generates synthetic NF-e into ./lake/landing and runs the demo pipeline: ./lake/bronze, "
                + "./lake/silver, an embedded PostgreSQL and ./lake/gold, printing the summary.")
final class DemoCommand implements Callable<Integer> {
    private static final Path LAKE = Path.of("lake");

    @Spec
    private CommandSpec spec;

    @Option(names = {"-n", "--documents"}, defaultValue = "2000", paramLabel = "N",
            description = "How many valid documents to generate (default: ${DEFAULT-VALUE}).")
    private int documents;

    @Option(names = "--invalid", defaultValue = "20", paramLabel = "K",
            description = "How many broken documents to add, to show quarantine (default: ${DEFAULT-VALUE}).")
    private int invalid;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "S",
            description = "Seed of the generator (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--table-format", defaultValue = "parquet", paramLabel = "FORMAT",
            description = "How silver is committed: parquet (files and manifests, default) or iceberg (Apache Iceberg"
                    + " tables in a SQLite catalog under ./lake/_catalog).")
    private TableFormat tableFormat;

    /** The silver formats the demo offers. */
    enum TableFormat { parquet, iceberg }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Path config = LAKE.resolve("pipeline.yaml");
        writeConfig(config, tableFormat);
        out.printf(Locale.ROOT, "Demo pipeline: %s (lake in %s)%n", config, LAKE.toAbsolutePath());
        int generated = nfe("generate", "--documents", Integer.toString(documents), "--invalid",
                Integer.toString(invalid), "--seed", Long.toString(seed), "--out", LAKE.resolve("landing").toString());
        if (generated != 0) {
            return generated;
        }
        int ran = nfe("run", "--config", config.toString());
        if (ran == 0 && tableFormat == TableFormat.iceberg) {
            out.println();
            out.println("Silver tables are Iceberg tables silver.<table> (catalog ./lake/_catalog/iceberg.db, files"
                    + " under ./lake/silver/<table>/); list their snapshots and read them, now or as of a snapshot:");
            out.println("  java -jar nfe-examples/target/nfe-demo.jar tables --config lake/pipeline.yaml");
            out.println("  java -jar nfe-examples/target/nfe-demo.jar read nfe --config lake/pipeline.yaml --as-of"
                    + " <snapshot id or time>");
            out.flush();
        } else if (ran == 0) {
            out.println();
            out.println("Silver tables are Parquet under ./lake/silver/<table>/ingest_date=…/batch=…/, each batch "
                    + "committed by ./lake/silver/_manifests/…/_manifest.json; for example with DuckDB:");
            out.println("  SELECT emit_x_nome, count(*), sum(icms_tot_v_nf) FROM './lake/silver/nfe/*/*/*.parquet' "
                    + "GROUP BY 1 ORDER BY 3 DESC;");
            out.println("The sales rules (nfe-examples/src/main/resources/sql) loaded them into an embedded PostgreSQL "
                    + "(./lake/_warehouse) and published nfe_event_registered, sales_by_item, sales_by_cfop and sales_by_uf as Parquet under "
                    + "./lake/gold/<table>/ingest_date=…/batch=…/.");
            out.println("Run `java -jar nfe-examples/target/nfe-demo.jar run --config lake/pipeline.yaml` after adding "
                    + "files to ./lake/landing.");
            out.flush();
        }
        return ran;
    }

    private int nfe(String... args) {
        CommandLine nfe = NfeCommand.commandLine();
        nfe.setOut(spec.commandLine().getOut());
        nfe.setErr(spec.commandLine().getErr());
        return nfe.execute(args);
    }

    private static void writeConfig(Path config, TableFormat format) {
        try (InputStream in = DemoCommand.class.getResourceAsStream("/demo/pipeline.yaml")) {
            if (in == null) {
                throw new NfeException("Cannot find demo/pipeline.yaml on the class path");
            }
            Files.createDirectories(config.getParent());
            String yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String writer = "  writer: parquet\n";
            if (!yaml.contains(writer)) {
                throw new NfeException("Cannot set the table format: demo/pipeline.yaml has no '" + writer.strip() + "'");
            }
            Files.writeString(config, yaml.replace(writer, "  writer: " + format + "\n"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new NfeException("Cannot write " + config + ": " + e.getMessage(), e);
        }
    }
}
