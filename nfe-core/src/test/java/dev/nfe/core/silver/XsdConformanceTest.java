package dev.nfe.core.silver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.nfe.core.spi.Column;
import dev.nfe.core.spi.ColumnType;
import dev.nfe.core.spi.Table;
import dev.nfe.core.testing.NfeCorpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks the NF-e columns against the official schema package PL_010e (NT 2025.002) from the corpus: every XPath
 * exists, and every decimal column holds its {@code TDec} type without rounding. Skipped without the corpus.
 */
class XsdConformanceTest {

    /** Paths of layouts before 4.00 that PL_010e no longer has, which the model still reads. */
    private static final List<String> OLDER_LAYOUTS = List.of(
            "/nfeProc/NFe/infNFe/ide/indPag",
            "/nfeProc/NFe/infNFe/ide/dEmi",
            "/nfeProc/NFe/infNFe/ide/dSaiEnt",
            "/nfeProc/NFe/infNFe/ide/hSaiEnt",
            "/nfeProc/NFe/infNFe/det/prod/med/nLote",
            "/nfeProc/NFe/infNFe/det/prod/med/qLote",
            "/nfeProc/NFe/infNFe/det/prod/med/dFab",
            "/nfeProc/NFe/infNFe/det/prod/med/dVal",
            "/nfeProc/NFe/infNFe/det/prod/comb/pMixGN",
            "/nfeProc/NFe/infNFe/det/imposto/IPI/clEnq",
            "/nfeProc/NFe/infNFe/det/imposto/ISSQN/cSitTrib");

    private static final Pattern TDEC = Pattern.compile("TDec_?(\\d{2})\\D*?(\\d{2})?(?:\\D*(\\d{2}))?(?:Max100)?\\D*");

    private static XsdTree xsd;

    @BeforeAll
    static void readSchemas() throws Exception {
        Path folder = NfeCorpus.require().xsd().resolve("PL_010e_NT2025.002_v1.01");
        assumeTrue(Files.isDirectory(folder), "the NF-e schema package is not available at " + folder);
        xsd = XsdTree.read(folder, "procNFe_v4.00.xsd");
    }

    @Test
    void everyNfeColumnXPath_existsInTheSchema() {
        List<String> missing = new ArrayList<>();
        for (Table table : SilverTables.all()) {
            for (Column column : table.columns()) {
                for (String path : paths(column)) {
                    if (xsd.resolve(path).isEmpty()) {
                        missing.add(path);
                    }
                }
            }
        }

        assertThat(missing).containsExactlyInAnyOrderElementsOf(OLDER_LAYOUTS);
    }

    @Test
    void everyDecimalColumn_holdsItsLayoutTypeWithoutRounding() {
        Map<String, String> misfits = new TreeMap<>();
        int checked = 0;
        for (Table table : SilverTables.all()) {
            for (Column column : table.columns()) {
                if (column.type().kind() != ColumnType.Kind.DECIMAL) {
                    continue;
                }
                for (String path : paths(column)) {
                    for (XsdTree.Node leaf : xsd.resolve(path)) {
                        checked++;
                        int[] digits = digits(leaf);
                        ColumnType type = column.type();
                        if (digits[0] > type.precision() - type.scale() || digits[1] > type.scale()) {
                            misfits.put(table.name() + "." + column.name() + " " + path,
                                    xsd.simpleType(leaf) + " in " + type);
                        }
                    }
                }
            }
        }

        assertThat(checked).isGreaterThan(400);
        assertThat(misfits).isEmpty();
    }

    @Test
    void everyNonDecimalColumn_readsNoDecimalTag() {
        Map<String, String> misfits = new TreeMap<>();
        for (Table table : SilverTables.all()) {
            for (Column column : table.columns()) {
                if (column.type().kind() == ColumnType.Kind.DECIMAL || column.xpath().contains("(JSON array")) {
                    continue;
                }
                for (String path : paths(column)) {
                    for (XsdTree.Node leaf : xsd.resolve(path)) {
                        String type = xsd.simpleType(leaf);
                        if (type.startsWith("TDec") || column.type().kind() == ColumnType.Kind.TIMESTAMP
                                && !column.xpath().endsWith("(its UTC offset)") && !type.matches("TDateTime.*|dateTime")
                                || column.type().kind() == ColumnType.Kind.DATE && !type.equals("TData")) {
                            misfits.put(table.name() + "." + column.name() + " " + path, type + " in " + column.type());
                        }
                    }
                }
            }
        }

        assertThat(misfits).isEmpty();
    }

    /** The schema paths behind a column of the NF-e tables: its XPath, or each path of a union, without notes. */
    private static List<String> paths(Column column) {
        if (!column.xpath().startsWith("/nfeProc/")) {
            return List.of();
        }
        List<String> paths = new ArrayList<>();
        for (String path : column.xpath().split(" \\| ")) {
            paths.add(path.replaceFirst(" \\(.*\\)$", ""));
        }
        return paths;
    }

    /** The integer digits and the most decimals a decimal leaf allows, from its TDec type or its enumeration. */
    private static int[] digits(XsdTree.Node leaf) {
        String type = xsd.simpleType(leaf);
        Matcher tdec = TDEC.matcher(type.replace("Max100", ""));
        if (tdec.matches()) {
            String decimals = tdec.group(3) != null ? tdec.group(3) : tdec.group(2);
            return new int[] {Integer.parseInt(tdec.group(1)), decimals == null ? 0 : Integer.parseInt(decimals)};
        }
        List<String> values = xsd.enumeration(leaf);
        if (values.isEmpty()) {
            throw new IllegalStateException("Cannot tell the digits of " + leaf.name() + " of type " + type);
        }
        int integer = 0;
        int scale = 0;
        for (String value : values) {
            int point = value.indexOf('.');
            integer = Math.max(integer, point < 0 ? value.length() : point);
            scale = Math.max(scale, point < 0 ? 0 : value.length() - point - 1);
        }
        return new int[] {integer, scale};
    }
}
