package dev.nfe.core.cli;

import dev.nfe.core.runtime.CleanSummary;
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
 * {@code nfe clean}: removes what crashed runs of a pipeline left in its lake ({@link Pipeline#clean}), printing one
 * line per removal and a total. Safe while other runs are scheduled: it takes every stage lease first.
 */
@Command(name = "clean", mixinStandardHelpOptions = true,
        description = "Removes what crashed runs of a pipeline left in its lake: temporary files and incomplete "
                + "uploads, and files of its batches that no manifest names. Takes every stage lease first, so no run "
                + "of the pipeline is writing.")
final class CleanCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @ParentCommand
    private NfeCommand root;

    @Mixin
    private PipelineOption pipelineOption;

    @Option(names = "--older-than", defaultValue = "1h", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Remove only what was last written longer ago than this (30s, 14m, 2h; default: "
                    + "${DEFAULT-VALUE}), which spares writers that take no lease.")
    private Duration olderThan;

    @Option(names = "--dry-run", description = "Print what would be removed; remove nothing.")
    private boolean dryRun;

    @Override
    public Integer call() {
        Pipeline pipeline = pipelineOption.pipeline(root, Clock.systemUTC());
        CleanSummary summary = pipeline.clean(olderThan, dryRun);
        PrintWriter out = spec.commandLine().getOut();
        if (summary.heldBy().isPresent()) {
            out.println("Another run holds the lake (" + summary.heldBy().get() + "): removed nothing; run again later");
            return ExitCodes.OK;
        }
        String verb = dryRun ? "would remove" : "removed";
        for (CleanSummary.Removal removal : summary.removed()) {
            out.println(verb + "  " + removal.path() + "  (" + describe(removal) + ")");
        }
        out.println(pipeline.name() + ": " + verb + " " + summary.count(CleanSummary.Removal.Kind.UNFINISHED_WRITE)
                + " unfinished writes and " + summary.count(CleanSummary.Removal.Kind.UNREFERENCED_OBJECT)
                + " unreferenced objects older than " + olderThan.toString().substring(2).toLowerCase(Locale.ROOT));
        return ExitCodes.OK;
    }

    private static String describe(CleanSummary.Removal removal) {
        return switch (removal.kind()) {
            case UNFINISHED_WRITE -> "unfinished write " + removal.detail();
            case UNREFERENCED_OBJECT -> "not in the manifest of " + removal.detail();
        };
    }
}
