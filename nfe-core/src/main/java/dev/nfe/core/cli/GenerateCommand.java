package dev.nfe.core.cli;

import dev.nfe.core.generate.NfeGenerator;
import dev.nfe.core.spi.ConfigException;
import dev.nfe.core.spi.NfeException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code nfe generate}: writes synthetic, fictitious NF-e documents (nfeProc 4.00) for demos and benchmarks, the same
 * bytes for the same seed on every machine, plus optionally some broken ones, so that a run shows quarantine at work.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Writes synthetic NF-e documents (fictitious, valid check digits, reconciled totals) as "
                + "<chave>-procNFe.xml files, and optionally broken ones as invalid-NNNN-<kind>.xml.")
final class GenerateCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = {"-n", "--documents"}, defaultValue = "100", paramLabel = "N",
            description = "How many valid documents (default: ${DEFAULT-VALUE}).")
    private int documents;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "Where to write them.")
    private Path out;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "S",
            description = "Seed of the generator (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--invalid", defaultValue = "0", paramLabel = "K",
            description = "How many broken documents to add: truncated XML, or an NF-e without its emitter "
                    + "(default: ${DEFAULT-VALUE}).")
    private int invalid;

    @Override
    public Integer call() {
        if (documents < 0 || invalid < 0 || (long) documents + invalid > NfeGenerator.MAX_INDEX) {
            throw new ConfigException("--documents and --invalid: must be between 0 and " + NfeGenerator.MAX_INDEX
                    + " together, was " + documents + " and " + invalid);
        }
        NfeGenerator generator = NfeGenerator.seeded(seed);
        generator.writeTo(out, documents);
        for (int i = 0; i < invalid; i++) {
            Breakage breakage = Breakage.values()[i % Breakage.values().length];
            byte[] broken = breakage.apply(generator.generate(documents + i).xml());
            write(out.resolve(String.format(Locale.ROOT, "invalid-%04d-%s.xml", i + 1, breakage.label())), broken);
        }
        spec.commandLine().getOut().printf(Locale.ROOT, "Wrote %,d documents and %,d broken ones to %s (seed %d)%n",
                documents, invalid, out, seed);
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new NfeException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** How a generated document is broken; each kind is quarantined by the parser alone. */
    private enum Breakage {
        /** Cut in the middle, as an interrupted download: not well-formed XML. */
        TRUNCATED("truncated") {
            @Override
            byte[] apply(byte[] xml) {
                byte[] half = new byte[xml.length / 2];
                System.arraycopy(xml, 0, half, 0, half.length);
                return half;
            }
        },
        /** Without its {@code emit} group, which the layout requires. */
        NO_EMITTER("no-emitter") {
            @Override
            byte[] apply(byte[] xml) {
                String text = new String(xml, StandardCharsets.UTF_8);
                return text.replaceFirst("(?s)<emit>.*?</emit>", "").getBytes(StandardCharsets.UTF_8);
            }
        };

        private final String label;

        Breakage(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }

        abstract byte[] apply(byte[] xml);
    }
}
