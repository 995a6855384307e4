package dev.nfe.core.cli;

import dev.nfe.core.config.PluginRegistry;
import dev.nfe.core.spi.ConfigSection;
import dev.nfe.core.spi.Deserializer;
import dev.nfe.core.spi.DeserializerFactory;
import dev.nfe.core.spi.Finding;
import dev.nfe.core.spi.MediaType;
import dev.nfe.core.spi.NfeException;
import dev.nfe.core.spi.ParseOutcome;
import dev.nfe.core.spi.PluginContext;
import dev.nfe.core.spi.RawDocument;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code nfe validate}: parses and validates documents as the transform stage would, and prints the findings of
 * each document: the XML deserializer ({@code nfe-xml}) for {@code .xml} files, the JSON one ({@code nfe-json}) for
 * {@code .json} and {@code .ndjson}, both for gzip-compressed files too. Exits with 1 when any document has an error.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Parses and validates NF-e documents and prints the findings of each; exit code 1 when any "
                + "document has an error.")
final class ValidateCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "XML, JSON or NDJSON files, optionally .gz.")
    private List<Path> files;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PluginContext context = new PluginContext("validate", Clock.systemUTC(), name -> Optional.empty());
        PluginRegistry<DeserializerFactory> registry = PluginRegistry.load(DeserializerFactory.class);
        Deserializer xml = registry.factory("nfe-xml", "nfe-xml").create(ConfigSection.empty("nfe-xml"), context);
        Deserializer json = registry.factory("nfe-json", "nfe-json").create(ConfigSection.empty("nfe-json"), context);
        Tally tally = new Tally();
        for (Path file : files) {
            MediaType mediaType = mediaType(file);
            RawDocument document = read(file, mediaType);
            (mediaType == MediaType.XML ? xml : json).deserialize(document, outcome -> report(file, outcome, out, tally));
        }
        out.printf(Locale.ROOT, "%d documents: %d valid, %d with errors, %d warnings%n", tally.documents,
                tally.documents - tally.errors, tally.errors, tally.warnings);
        out.flush();
        return tally.errors > 0 ? ExitCodes.FAILURE : ExitCodes.OK;
    }

    private static void report(Path file, ParseOutcome outcome, PrintWriter out, Tally tally) {
        tally.documents++;
        if (outcome instanceof ParseOutcome.Parsed parsed) {
            out.printf(Locale.ROOT, "%s: %s valid%s%n", file, parsed.document().chave(),
                    parsed.findings().isEmpty() ? "" : ", " + parsed.findings().size() + " warnings");
        } else {
            tally.errors++;
            out.printf(Locale.ROOT, "%s: %s invalid%n", file, ((ParseOutcome.Quarantined) outcome).document().id());
        }
        for (Finding finding : outcome.findings()) {
            if (!finding.isError()) {
                tally.warnings++;
            }
            out.printf(Locale.ROOT, "  %-7s %s %s%s%n", finding.severity(), finding.code(),
                    finding.path().isEmpty() ? "" : finding.path() + ": ", finding.message());
        }
    }

    private static MediaType mediaType(Path file) {
        String name = Optional.ofNullable(file.getFileName()).map(Path::toString).orElse("")
                .toLowerCase(Locale.ROOT).replaceFirst("\\.gz$", "");
        if (name.endsWith(".ndjson") || name.endsWith(".jsonl")) {
            return MediaType.NDJSON;
        }
        return name.endsWith(".json") ? MediaType.JSON : MediaType.XML;
    }

    private static RawDocument read(Path file, MediaType mediaType) {
        try {
            return new RawDocument(Optional.ofNullable(file.getFileName()).map(Path::toString).orElse("document"),
                    Files.readAllBytes(file), mediaType, file.toString(), Clock.systemUTC().instant());
        } catch (IOException e) {
            throw new NfeException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** The counts printed at the end. */
    private static final class Tally {
        private long documents;
        private long errors;
        private long warnings;
    }
}
