package dev.nfe.core.cli;

import dev.nfe.core.iceberg.IcebergMaintenance;
import dev.nfe.core.iceberg.MaintenanceOptions;
import dev.nfe.core.iceberg.MaintenanceReport;
import dev.nfe.core.runtime.Pipeline;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code nfe maintain}: compacts, expires and removes orphans in the Iceberg tables of a pipeline's silver layer
 * ({@link IcebergMaintenance}), printing one line per action and a summary per table.
 */
@Command(name = "maintain", mixinStandardHelpOptions = true,
        description = "Maintains the Iceberg tables of the pipeline's silver layer: compacts each partition's small"
                + " files, expires old snapshots and deletes orphan files. Safe while transforms run. Needs"
                + " transform.writer: iceberg.")
final class MaintainCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @ParentCommand
    private NfeCommand root;

    @Mixin
    private PipelineOption pipelineOption;

    @Option(names = "--target-file-size", defaultValue = "128MB", paramLabel = "SIZE", converter = SizeConverter.class,
            description = "Compact a partition's files smaller than this into files of about this size (512KB, 128MB,"
                    + " 1GB; binary units; default: ${DEFAULT-VALUE}).")
    private long targetFileSize;

    @Option(names = "--retain", defaultValue = "7d", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Never expire snapshots younger than this (default: ${DEFAULT-VALUE}). A batch is listed"
                    + " for loading only while its snapshots exist: keep this above the longest a batch waits for"
                    + " its load.")
    private Duration retain;

    @Option(names = "--retain-last", defaultValue = "1", paramLabel = "N",
            description = "Keep the N most recent snapshots however old (default: ${DEFAULT-VALUE}).")
    private int retainLast;

    @Option(names = "--orphans-older-than", defaultValue = "3d", paramLabel = "DURATION",
            converter = DurationConverter.class,
            description = "Delete files no retained snapshot references only once they were last written longer ago"
                    + " than this, which spares commits in flight (default: ${DEFAULT-VALUE}).")
    private Duration orphansOlderThan;

    @Option(names = "--dry-run", description = "Print what would be done; change nothing.")
    private boolean dryRun;

    @Override
    public Integer call() {
        Pipeline pipeline = pipelineOption.pipeline(root, Clock.systemUTC());
        IcebergMaintenance maintenance = pipeline.silverMaintenance().orElse(null);
        if (maintenance == null) {
            return PipelineOption.silverIsNotIceberg(spec.commandLine().getErr(), pipeline, "maintain");
        }
        MaintenanceOptions options;
        try {
            options = new MaintenanceOptions(targetFileSize, retain, retainLast, orphansOlderThan,
                    dryRun ? MaintenanceOptions.Mode.DRY_RUN : MaintenanceOptions.Mode.APPLY);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return ExitCodes.CONFIGURATION;
        }
        print(maintenance.run(options), spec.commandLine().getOut());
        return ExitCodes.OK;
    }

    private void print(MaintenanceReport report, PrintWriter out) {
        boolean dry = report.mode() == MaintenanceOptions.Mode.DRY_RUN;
        for (MaintenanceReport.TableReport table : report.tables()) {
            String name = report.namespace() + "." + table.table();
            for (MaintenanceReport.Compaction compaction : table.compactions()) {
                if (dry) {
                    out.printf(Locale.ROOT, "%s  would compact ingest_date=%s: %d files, %s, %d rows%n", name,
                            compaction.ingestDate(), compaction.replaced().size(), bytes(compaction.bytesBefore()),
                            compaction.rows());
                } else {
                    out.printf(Locale.ROOT, "%s  compacted ingest_date=%s: %d files, %s -> %d files, %s, %d rows%n",
                            name, compaction.ingestDate(), compaction.replaced().size(),
                            bytes(compaction.bytesBefore()), compaction.written().size(),
                            bytes(compaction.bytesAfter()), compaction.rows());
                }
            }
            MaintenanceReport.Expiry expiry = table.expiry();
            if (expiry.expired() > 0 || expiry.batchesRecorded() > 0) {
                out.printf(Locale.ROOT, "%s  %s %d snapshots, %d retained; %d batches recorded as expired%s%n", name,
                        dry ? "would expire" : "expired", expiry.expired(), expiry.retained(),
                        expiry.batchesRecorded(), dry ? "" : ", " + expiry.filesDeleted() + " files deleted");
            }
            for (MaintenanceReport.Orphan orphan : table.orphans()) {
                out.printf(Locale.ROOT, "%s  %s orphan %s  (%s, last written %s)%n", name,
                        dry ? "would delete" : "deleted", orphan.path(), bytes(orphan.bytes()), orphan.lastModified());
            }
            int replaced = table.compactions().stream().mapToInt(c -> c.replaced().size()).sum();
            int written = table.compactions().stream().mapToInt(c -> c.written().size()).sum();
            out.printf(Locale.ROOT, "%s: %s %d partitions (%d files%s), %s %d snapshots, %s %d orphans%n",
                    name, dry ? "would compact" : "compacted", table.compactions().size(), replaced,
                    dry ? "" : " into " + written, dry ? "would expire" : "expired", expiry.expired(),
                    dry ? "would delete" : "deleted", table.orphans().size());
        }
    }

    private static String bytes(long bytes) {
        if (bytes < 10 * 1024) {
            return bytes + " B";
        }
        if (bytes < 10L * 1024 * 1024) {
            return (bytes >> 10) + " KiB";
        }
        return (bytes >> 20) + " MiB";
    }
}
