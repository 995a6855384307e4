package dev.nfe.core.runtime;

import dev.nfe.core.spi.Checkpoint;
import dev.nfe.core.spi.Extractor;
import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The extract stage: runs the extractor from the request's continuation, or else from the stored checkpoint, into
 * bronze through a {@link BronzeWriter}. Returns the continuation when the extractor stopped at the deadline.
 */
final class ExtractStage {
    private static final Logger log = LoggerFactory.getLogger(ExtractStage.class);

    private final Extractor extractor;
    private final BronzeStore bronze;
    private final StateStore state;
    private final Clock clock;

    ExtractStage(Extractor extractor, BronzeStore bronze, StateStore state, Clock clock) {
        this.extractor = extractor;
        this.bronze = bronze;
        this.state = state;
        this.clock = clock;
    }

    /** Extracts until the source is exhausted or the deadline is near; the continuation is empty when exhausted. */
    Checkpoint run(Checkpoint continuation, Deadline deadline, RunCounters counters) {
        BronzeWriter writer = BronzeWriter.resume(bronze, state, clock, deadline, counters);
        Checkpoint given = Continuations.strip(continuation);
        Checkpoint from = given.values().isEmpty() ? writer.storedCheckpoint() : given;
        log.info("Extracting from checkpoint {}", from.values());
        Extractor.ExtractResult result = extractor.extract(from, writer);
        if (result.exhausted()) {
            return Checkpoint.empty();
        }
        Map<String, String> values = new TreeMap<>(result.checkpoint().values());
        return Continuations.of(Stage.EXTRACT, values);
    }
}
