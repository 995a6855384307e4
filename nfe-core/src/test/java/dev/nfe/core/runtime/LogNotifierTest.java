package dev.nfe.core.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nfe.core.config.PluginRegistry;
import dev.nfe.core.spi.Checkpoint;
import dev.nfe.core.spi.ConfigException;
import dev.nfe.core.spi.ConfigSection;
import dev.nfe.core.spi.Notification;
import dev.nfe.core.spi.Notification.Outcome;
import dev.nfe.core.spi.Notifier;
import dev.nfe.core.spi.NotifierFactory;
import dev.nfe.core.spi.PluginContext;
import dev.nfe.core.spi.RunSummary;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LogNotifierTest {

    private static final PluginContext CONTEXT = new PluginContext("nfe-sales",
            Clock.fixed(Instant.parse("2026-01-05T10:00:00Z"), ZoneOffset.UTC), name -> Optional.empty());

    private final Notifier notifier = PluginRegistry.load(NotifierFactory.class)
            .factory("notify.type", "log")
            .create(ConfigSection.empty("notify"), CONTEXT);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"SUCCEEDED, INFO", "QUARANTINED, WARN", "FAILED, ERROR"})
    void notify_outcome_logsOneLineAtItsLevel(Outcome outcome, String level) {
        String logged = logged(notification(outcome, Optional.empty()));

        assertThat(logged.lines()).hasSize(1);
        assertThat(logged).contains(level + " dev.nfe.core.runtime.LogNotifier - Pipeline nfe-sales stage transform "
                + outcome + ":");
    }

    @Test
    void notify_succeeded_logsCountsDurationAndBatches() {
        String logged = logged(notification(Outcome.SUCCEEDED, Optional.empty()));

        assertThat(logged).contains("seen=120 written=117 quarantined=3 duplicates=0 warnings=5 bytes=40960 "
                + "duration=PT12.5S batches=[b-001, b-002] partial=false");
    }

    @Test
    void notify_failed_logsTheError() {
        String logged = logged(notification(Outcome.FAILED, Optional.of("Cannot write silver/nfe: disk full")));

        assertThat(logged).contains("ERROR")
                .endsWith("error=Cannot write silver/nfe: disk full" + System.lineSeparator());
    }

    @Test
    void create_withAnyKey_failsNamingIt() {
        LogNotifierFactory factory = new LogNotifierFactory();
        ConfigSection section = new ConfigSection("notify", Map.of("level", "debug"));

        assertThatThrownBy(() -> factory.create(section, CONTEXT))
                .isInstanceOf(ConfigException.class)
                .hasMessage("notify.level: unknown key, this section takes no keys");
    }

    private String logged(Notification notification) {
        try (CapturedStandardError err = CapturedStandardError.start()) {
            notifier.notify(notification);
            return err.text();
        }
    }

    private static Notification notification(Outcome outcome, Optional<String> error) {
        RunSummary summary = new RunSummary("nfe-sales", "transform", 120, 117, 3, 0, 5, 40_960,
                List.of("b-001", "b-002"), Duration.ofMillis(12_500), Checkpoint.empty());
        return new Notification("nfe-sales", "transform", outcome, summary, error);
    }
}
