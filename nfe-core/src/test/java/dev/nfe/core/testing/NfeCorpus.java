package dev.nfe.core.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The shared NF-e conformance corpus, read in place from the folder named by the system property {@code nfe.corpus}
 * (the build sets it to {@code ../shared/nfe-corpus}). Tests call {@link #require()}, which skips them through a JUnit
 * assumption when the folder is absent.
 */
public final class NfeCorpus {
    private final Path root;

    private NfeCorpus(Path root) {
        this.root = root;
    }

    /** The corpus, or a skipped test when it is absent. */
    public static NfeCorpus require() {
        Path root = location();
        assumeTrue(Files.isDirectory(root), "NF-e corpus not found at " + root);
        return new NfeCorpus(root);
    }

    /** Where the corpus is expected, whether or not it exists. */
    public static Path location() {
        String property = System.getProperty("nfe.corpus", "");
        return Path.of(property.isEmpty() ? "../shared/nfe-corpus" : property).toAbsolutePath().normalize();
    }

    /** The corpus folder. */
    public Path root() {
        return root;
    }

    /** A file of the corpus, by its path relative to the corpus folder ({@code xml/…}, {@code xsd/…}). */
    public Path resolve(String relativePath) {
        return root.resolve(relativePath);
    }

    /** The XML files of the corpus ({@code xml/*.xml}), sorted by name. */
    public List<Path> xml() {
        try (Stream<Path> files = Files.list(root.resolve("xml"))) {
            return files.filter(file -> file.getFileName().toString().endsWith(".xml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The folder of the official XSD packages ({@code xsd/}), one subfolder per package. */
    public Path xsd() {
        return root.resolve("xsd");
    }

    /** The rows of {@code MANIFEST.tsv} that describe documents (XSD rows left out), in file order. */
    public List<Entry> documents() {
        try (Stream<String> lines = Files.lines(root.resolve("MANIFEST.tsv"), StandardCharsets.UTF_8)) {
            return lines.skip(1)
                    .filter(line -> !line.isBlank())
                    .map(line -> line.split("\t", -1))
                    .map(cells -> new Entry(root.resolve(cells[0]), cells[0], cells[5], cells[6], cells[7]))
                    .filter(entry -> !entry.expected().equals("n/a"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One document of the corpus as its manifest describes it.
     *
     * @param file the document
     * @param localPath its path relative to the corpus folder
     * @param kind the manifest's kind ({@code nfeproc-4.00}, {@code event-110111} …)
     * @param expected {@code valid} or {@code invalid}
     * @param note the manifest's note, with the reason after {@code INVALID:} for invalid documents
     */
    public record Entry(Path file, String localPath, String kind, String expected, String note) {

        /** Whether the manifest says the document passes every hard domain check. */
        public boolean isValid() {
            return expected.equals("valid");
        }

        /** Whether the document is JSON rather than XML. */
        public boolean isJson() {
            return localPath.endsWith(".json");
        }

        @Override
        public String toString() {
            return localPath;
        }
    }
}
