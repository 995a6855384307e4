package dev.nfe.core.cli;

import dev.nfe.core.iceberg.IcebergTables;
import dev.nfe.core.runtime.Pipeline;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code nfe tables}: the Iceberg tables of a pipeline's silver layer, each with its retained snapshots: id, commit
 * time, operation, the batch that made it, rows added and rows and files in the table then.
 */
@Command(name = "tables", mixinStandardHelpOptions = true,
        description = "Lists the Iceberg tables of the pipeline's silver layer with their snapshots, for nfe read"
                + " --as-of. Needs transform.writer: iceberg.")
final class TablesCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @ParentCommand
    private NfeCommand root;

    @Mixin
    private PipelineOption pipelineOption;

    @Override
    public Integer call() {
        Pipeline pipeline = pipelineOption.pipeline(root, Clock.systemUTC());
        PrintWriter out = spec.commandLine().getOut();
        IcebergTables tables = pipeline.silverTables().orElse(null);
        if (tables == null) {
            return PipelineOption.silverIsNotIceberg(spec.commandLine().getErr(), pipeline, "list");
        }
        for (IcebergTables.TableHistory table : tables.tables()) {
            out.printf(Locale.ROOT, "%s.%s  (%d snapshots)  %s%n", tables.namespace(), table.name(),
                    table.snapshots().size(), table.location());
            for (IcebergTables.SnapshotInfo snapshot : table.snapshots()) {
                out.printf(Locale.ROOT, "  %-20d %s  %-9s %-40s +%d rows, %d rows in %d files%n", snapshot.id(),
                        snapshot.committedAt(), snapshot.operation(), snapshot.batchId().orElse("-"),
                        snapshot.addedRows(), snapshot.totalRows(), snapshot.totalFiles());
            }
        }
        return ExitCodes.OK;
    }
}
