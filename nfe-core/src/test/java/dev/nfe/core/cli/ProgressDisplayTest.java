package dev.nfe.core.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nfe.core.runtime.Progress;
import dev.nfe.core.runtime.Stage;
import dev.nfe.core.testing.TickingClock;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ProgressDisplayTest {
    private static final Instant START = Instant.parse("2026-01-05T10:00:00Z");

    private final StringWriter err = new StringWriter();

    @Test
    void onProgress_notATerminalOverTime_throttlesToTheInterval() {
        ProgressDisplay display = ProgressDisplay.log(new PrintWriter(err, true), new TickingClock(START));

        for (int i = 0; i <= 25; i++) {
            display.onProgress(progress(i));
        }

        assertThat(err.toString().lines()).hasSize(3)
                .element(1).asString().startsWith("2026-01-05T10:00:10Z progress transform 10 documents  1.0/s");
    }

    @Test
    void onProgress_terminal_rewritesOneLineAndEndsItOnFinish() {
        ProgressDisplay display = ProgressDisplay.terminal(new PrintWriter(err, true), new TickingClock(START));

        display.onProgress(progress(1));
        display.finish();

        assertThat(err.toString()).startsWith("\rtransform 1 documents").endsWith(System.lineSeparator());
    }

    private static Progress progress(int documents) {
        return new Progress("nfe-test", Stage.TRANSFORM, documents, documents, 0, 0, 1024L * documents,
                Duration.ofSeconds(documents));
    }
}
