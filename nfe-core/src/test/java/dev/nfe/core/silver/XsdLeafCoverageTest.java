package dev.nfe.core.silver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.nfe.core.spi.Column;
import dev.nfe.core.spi.Table;
import dev.nfe.core.testing.NfeCorpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Walks every leaf element and attribute the PL_010e schemas allow in {@code nfeProc} ({@code infNFe},
 * {@code infNFeSupl}, {@code protNFe}) and fails on a leaf that no silver column maps and that SCHEMA.md does not
 * list as not mapped, so nothing of a document vanishes unannounced. Skipped without the corpus.
 */
class XsdLeafCoverageTest {

    private static List<String> leaves;

    @BeforeAll
    static void readSchemas() throws Exception {
        Path folder = NfeCorpus.require().xsd().resolve("PL_010e_NT2025.002_v1.01");
        assumeTrue(Files.isDirectory(folder), "the NF-e schema package is not available at " + folder);
        leaves = XsdTree.read(folder, "procNFe_v4.00.xsd").leaves("nfeProc", Set.of("SignatureType"));
    }

    @Test
    void everyLeaf_isMappedOrListedAsNotMapped() {
        List<Pattern> mapped = mappedPaths();
        List<String> neither = new ArrayList<>();
        for (String leaf : leaves) {
            if (mapped.stream().noneMatch(p -> p.matcher(leaf).matches()) && NotMapped.reason(leaf).isEmpty()) {
                neither.add(leaf);
            }
        }

        assertThat(leaves).hasSizeGreaterThan(900);
        assertThat(neither).as("leaves of %d neither mapped nor listed in SchemaReference's not-mapped list",
                leaves.size()).isEmpty();
    }

    @Test
    void everyNotMappedEntry_namesALeafOrGroupOfTheSchema() {
        for (String path : NotMapped.paths()) {
            assertThat(leaves).as("not-mapped entry %s", path)
                    .anyMatch(leaf -> leaf.equals(path) || leaf.startsWith(path + "/"));
        }
    }

    /** Column XPaths as patterns: {@code ICMS*} stands for any group name starting with {@code ICMS}. */
    static List<Pattern> mappedPaths() {
        List<Pattern> patterns = new ArrayList<>();
        for (Table table : SilverTables.all()) {
            for (Column column : table.columns()) {
                if (!column.xpath().startsWith("/nfeProc/")) {
                    continue;
                }
                for (String path : column.xpath().split(" \\| ")) {
                    String plain = path.replaceFirst(" \\(.*\\)$", "");
                    patterns.add(Pattern.compile(Pattern.quote(plain).replace("*", "\\E[^/]*\\Q")));
                }
            }
        }
        return patterns;
    }
}
