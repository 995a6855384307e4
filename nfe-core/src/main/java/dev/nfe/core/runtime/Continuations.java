package dev.nfe.core.runtime;

import dev.nfe.core.spi.Checkpoint;
import dev.nfe.core.spi.RunSummary;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The continuation a partial run returns: the stopped stage under key {@value #STAGE}, and the stage's own resume
 * keys ({@code folder.partialPath}, {@code transform.next}). A run of {@link Stage#ALL} given one starts at that stage.
 */
final class Continuations {
    static final String STAGE = "stage";
    /** Set when the stage did nothing because another run held its lease: that run's owner id. */
    static final String HELD_BY = RunSummary.HELD_BY;

    private Continuations() {
    }

    static Checkpoint of(Stage stage, Map<String, String> values) {
        Map<String, String> all = new TreeMap<>(values);
        all.put(STAGE, stage.id());
        return new Checkpoint(all);
    }

    /** The stage a continuation resumes, if it names one. */
    static Optional<Stage> stageOf(Checkpoint continuation) {
        return continuation.get(STAGE).map(Stage::of);
    }

    /** The continuation without its stage and lease keys: what the stage itself resumes from. */
    static Checkpoint strip(Checkpoint continuation) {
        Map<String, String> values = new TreeMap<>(continuation.values());
        values.remove(STAGE);
        values.remove(HELD_BY);
        return new Checkpoint(values);
    }
}
