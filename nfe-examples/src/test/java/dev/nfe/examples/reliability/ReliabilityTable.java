package dev.nfe.examples.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The figures of one reliability test class, one row per scenario, each computed from the lake the scenario left:
 * how many runs it took to finish, how many expected documents are missing from silver, how many are there more than
 * once. {@link #write()} prints them and rewrites {@code target/reliability-table.md} from every class's section.
 */
final class ReliabilityTable {
    private static final Path FOLDER = Path.of("target", "reliability");

    private final String title;
    private final List<String> rows = new ArrayList<>();

    ReliabilityTable(String title) {
        this.title = title;
    }

    /** One scenario's figures, and what else the scenario checked. */
    synchronized void add(String scenario, int tries, long lost, long duplicated, String outcome) {
        rows.add("| " + scenario + " | " + tries + " | " + lost + " | " + duplicated + " | " + outcome + " |");
    }

    /** Lost: expected chaves absent from {@code found}. Duplicated: rows of {@code found} beyond one per chave. */
    static long lost(List<String> expected, List<String> found) {
        return expected.stream().filter(chave -> !found.contains(chave)).count();
    }

    static long duplicated(List<String> found) {
        return found.size() - found.stream().distinct().count();
    }

    synchronized void write() {
        StringBuilder section = new StringBuilder("### " + title + "\n\n"
                + "| scenario | tries | lost | duplicated | outcome |\n|---|---|---|---|---|\n");
        rows.forEach(row -> section.append(row).append('\n'));
        System.out.println(section);
        try {
            Files.createDirectories(FOLDER);
            Files.writeString(FOLDER.resolve(title.replaceAll("[^A-Za-z0-9]+", "-") + ".md"), section,
                    StandardCharsets.UTF_8);
            StringBuilder all = new StringBuilder("## Reliability suite\n\nComputed from the lakes the scenarios "
                    + "left (silver table nfe; lost and duplicated count documents).\n\n");
            try (Stream<Path> sections = Files.list(FOLDER)) {
                for (Path file : sections.sorted().toList()) {
                    all.append(Files.readString(file, StandardCharsets.UTF_8)).append('\n');
                }
            }
            Files.writeString(Path.of("target", "reliability-table.md"), all, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
