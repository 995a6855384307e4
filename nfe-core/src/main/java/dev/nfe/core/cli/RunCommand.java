package dev.nfe.core.cli;

import dev.nfe.core.runtime.Pipeline;
import dev.nfe.core.runtime.Stage;
import dev.nfe.core.runtime.StageRequest;
import dev.nfe.core.spi.RunSummary;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code nfe run}: loads a pipeline configuration and runs one stage or all of them, then prints the summary. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Runs a pipeline's stages: extract (source to bronze), transform (bronze to silver), load "
                + "(silver to the warehouse), or all of them in order.")
final class RunCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @ParentCommand
    private NfeCommand root;

    @Mixin
    private PipelineOption pipelineOption;

    @Option(names = {"-s", "--stage"}, defaultValue = "all", paramLabel = "STAGE", converter = StageConverter.class,
            description = "extract, transform, load or all (default: ${DEFAULT-VALUE}).")
    private Stage stage;

    @Option(names = "--deadline", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Stop cleanly before this much time has passed (30s, 14m, 2h); the next run resumes.")
    private Optional<Duration> deadline;

    @Option(names = "--fail-on-quarantine",
            description = "Exit with 3 when documents were quarantined.")
    private boolean failOnQuarantine;

    @Option(names = "--silver-as-of", paramLabel = "TIMESTAMP",
            description = "With --stage load: load silver as it stood at this ISO-8601 time with offset"
                    + " (2026-01-05T10:00:00Z), only the batches committed by then, to rebuild a warehouse (a new"
                    + " load.schema) as it would have been; the pipeline's load ledger is neither read nor moved.")
    private Optional<String> silverAsOf;

    @Override
    public Integer call() {
        Clock clock = Clock.systemUTC();
        Pipeline pipeline = pipelineOption.pipeline(root, clock);
        StageRequest request = pipeline.request(stage).withConfig(pipelineOption.file().toString());
        if (deadline.isPresent()) {
            request = request.withTimeBudget(deadline.get());
        }
        if (silverAsOf.isPresent()) {
            if (stage != Stage.LOAD) {
                throw new ParameterException(spec.commandLine(), "--silver-as-of: only with --stage load");
            }
            try {
                request = request.withSilverAsOf(OffsetDateTime.parse(silverAsOf.get()).toInstant());
            } catch (DateTimeParseException e) {
                throw new ParameterException(spec.commandLine(), "--silver-as-of: an ISO-8601 time with offset, was '"
                        + silverAsOf.get() + "'");
            }
        }
        ProgressDisplay progress = System.console() != null
                ? ProgressDisplay.terminal(spec.commandLine().getErr(), clock)
                : ProgressDisplay.log(spec.commandLine().getErr(), clock);
        List<RunSummary> summaries;
        try {
            summaries = pipeline.runStages(request, progress);
        } finally {
            progress.finish();
        }
        new SummaryTable(spec.commandLine().getOut()).print(pipeline.name(), summaries);
        long quarantined = summaries.stream().mapToLong(RunSummary::quarantined).sum();
        return failOnQuarantine && quarantined > 0 ? ExitCodes.QUARANTINED : ExitCodes.OK;
    }
}
