package dev.nfe.examples.reliability;

import dev.nfe.core.spi.ConfigDef;
import dev.nfe.core.spi.ConfigKey;
import dev.nfe.core.spi.ConfigSection;
import dev.nfe.core.spi.ConfigValues;
import dev.nfe.core.spi.PluginContext;
import dev.nfe.core.spi.Storage;
import dev.nfe.core.spi.StorageFactory;
import dev.nfe.core.storage.LocalStorage;
import dev.nfe.core.testing.FaultInjectingStorage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * Storage type {@code crash-point}, for tests that kill a pipeline process at a chosen step: a local storage that, at
 * the {@code occurrence}-th object matching {@code at} reaching {@code point} (open, before-publish, after-publish,
 * read, or sync: the sync of deferred writes that includes it, before anything is made durable), creates the file {@code marker} and then blocks for ever, so the test can {@code kill -9} the process there.
 */
public final class CrashPointStorageFactory implements StorageFactory {
    private static final ConfigDef DEFINITION = ConfigDef.of(
            ConfigKey.path("root").required().doc("The lake's root folder."),
            ConfigKey.string("at").required().doc("A regular expression matched against whole object paths."),
            ConfigKey.oneOf("point", "open", "before-publish", "after-publish", "read", "sync").required()
                    .doc("Where the process stops."),
            ConfigKey.integer("occurrence").withDefault(1).doc("How many matching objects pass first, plus one."),
            ConfigKey.path("marker").required().doc("Created when the process stops."));

    @Override
    public String type() {
        return "crash-point";
    }

    @Override
    public ConfigDef configDef() {
        return DEFINITION;
    }

    @Override
    public Storage create(ConfigSection config, PluginContext context) {
        ConfigValues values = config.bind(DEFINITION);
        Pattern at = Pattern.compile(values.string("at"));
        Path marker = values.pathValue("marker");
        AtomicInteger before = new AtomicInteger(values.intValue("occurrence") - 1);
        FaultInjectingStorage.Point point = FaultInjectingStorage.Point.valueOf(
                values.string("point").toUpperCase(Locale.ROOT).replace('-', '_'));
        return FaultInjectingStorage.hooked(new LocalStorage(values.pathValue("root")), point,
                path -> at.matcher(path).matches(), () -> {
                    if (before.getAndDecrement() == 0) {
                        stopHere(marker);
                    }
                });
    }

    private static void stopHere(Path marker) {
        try {
            Files.writeString(marker, "stopped");
            Thread.sleep(Long.MAX_VALUE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted at the crash point", e);
        }
    }
}
