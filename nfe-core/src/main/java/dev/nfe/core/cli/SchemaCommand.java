package dev.nfe.core.cli;

import dev.nfe.core.silver.SilverTables;
import dev.nfe.core.spi.Column;
import dev.nfe.core.spi.ConfigException;
import dev.nfe.core.spi.Table;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code nfe schema}: prints the silver tables, or one of them, with each column's type and layout XPath. */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Prints the silver schema: every table, or the one named, with each column's type, whether it "
                + "is required, and where its value comes from in the layout.")
final class SchemaCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "TABLE", description = "A silver table (nfe, nfe_item, ...).")
    private Optional<String> table;

    @Override
    public Integer call() {
        List<Table> tables = table.map(name -> List.of(SilverTables.named(name).orElseThrow(() -> new ConfigException(
                        "TABLE: unknown silver table '" + name + "', expected one of "
                                + SilverTables.all().stream().map(Table::name).toList()))))
                .orElseGet(SilverTables::all);
        PrintWriter out = spec.commandLine().getOut();
        for (Table each : tables) {
            out.printf(Locale.ROOT, "%s (%d columns)%n", each.name(), each.columns().size());
            int width = each.columns().stream().mapToInt(column -> column.name().length()).max().orElse(0);
            for (Column column : each.columns()) {
                out.printf(Locale.ROOT, "  %-" + width + "s  %-14s %-8s %s%n", column.name(), column.type(),
                        column.required() ? "required" : "", column.xpath());
            }
            out.println();
        }
        out.flush();
        return ExitCodes.OK;
    }
}
