package dev.nfe.core.runtime;

import dev.nfe.core.spi.Checkpoint;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a host asks a {@link Pipeline} to do in one invocation: the payload an Airflow task or a Lambda receives,
 * serialisable as JSON with {@link StagePayloads}.
 *
 * @param pipeline the pipeline's name; a pipeline refuses a request for another one
 * @param stage the stage to run, or {@link Stage#ALL}
 * @param config where the host loads the configuration from (a path or URI); the pipeline itself does not read it
 * @param batchIds restricts transform to these bronze batches and load to these silver batches; empty for all
 * @param window restricts transform and load to batches of these ingest dates
 * @param continuation where to resume, as a previous partial run returned it; empty to resume from stored state
 * @param deadline the instant by which the run must have returned
 * @param timeBudget how long the run may take from its start; with a deadline too, the earlier end wins
 * @param silverAsOf makes load read silver as it stood at this instant: only the batches committed by then, so a
 *     warehouse can be rebuilt as it would have been; empty for silver as it is
 */
public record StageRequest(
        String pipeline,
        Stage stage,
        Optional<String> config,
        List<String> batchIds,
        Optional<IngestWindow> window,
        Checkpoint continuation,
        Optional<Instant> deadline,
        Optional<Duration> timeBudget,
        Optional<Instant> silverAsOf) {
    public StageRequest {
        Objects.requireNonNull(pipeline, "pipeline");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(config, "config");
        batchIds = List.copyOf(batchIds);
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(continuation, "continuation");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(timeBudget, "timeBudget");
        Objects.requireNonNull(silverAsOf, "silverAsOf");
        if (timeBudget.filter(Duration::isNegative).isPresent()) {
            throw new IllegalArgumentException("Cannot create StageRequest: timeBudget is negative, was "
                    + timeBudget.get());
        }
    }

    /** A request to run {@code stage} of {@code pipeline} over everything pending, without a deadline. */
    public static StageRequest of(String pipeline, Stage stage) {
        return new StageRequest(pipeline, stage, Optional.empty(), List.of(), Optional.empty(), Checkpoint.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** This request with the configuration location {@code location}. */
    public StageRequest withConfig(String location) {
        return new StageRequest(pipeline, stage, Optional.of(location), batchIds, window, continuation, deadline,
                timeBudget, silverAsOf);
    }

    /** This request restricted to the batches {@code ids}. */
    public StageRequest withBatchIds(List<String> ids) {
        return new StageRequest(pipeline, stage, config, ids, window, continuation, deadline, timeBudget, silverAsOf);
    }

    /** This request restricted to the ingest dates of {@code ingestWindow}. */
    public StageRequest withWindow(IngestWindow ingestWindow) {
        return new StageRequest(pipeline, stage, config, batchIds, Optional.of(ingestWindow), continuation, deadline,
                timeBudget, silverAsOf);
    }

    /** This request resuming from {@code checkpoint}, a previous run's {@code RunSummary.continuation()}. */
    public StageRequest withContinuation(Checkpoint checkpoint) {
        return new StageRequest(pipeline, stage, config, batchIds, window, checkpoint, deadline, timeBudget, silverAsOf);
    }

    /** This request, to return by {@code instant}. */
    public StageRequest withDeadline(Instant instant) {
        return new StageRequest(pipeline, stage, config, batchIds, window, continuation, Optional.of(instant),
                timeBudget, silverAsOf);
    }

    /** This request, to return within {@code budget} of its start. */
    public StageRequest withTimeBudget(Duration budget) {
        return new StageRequest(pipeline, stage, config, batchIds, window, continuation, deadline,
                Optional.of(budget), silverAsOf);
    }

    /** This request, loading silver as it stood at {@code instant}. */
    public StageRequest withSilverAsOf(Instant instant) {
        return new StageRequest(pipeline, stage, config, batchIds, window, continuation, deadline, timeBudget,
                Optional.of(instant));
    }

    /** The instant by which a run started at {@code start} must return, if it has any limit. */
    public Optional<Instant> effectiveDeadline(Instant start) {
        Optional<Instant> byBudget = timeBudget.map(start::plus);
        if (deadline.isPresent() && byBudget.isPresent()) {
            return Optional.of(deadline.get().isBefore(byBudget.get()) ? deadline.get() : byBudget.get());
        }
        return deadline.isPresent() ? deadline : byBudget;
    }
}
