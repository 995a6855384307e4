package dev.nfe.core.runtime;

import dev.nfe.core.spi.ConfigDef;
import dev.nfe.core.spi.ConfigSection;
import dev.nfe.core.spi.Notifier;
import dev.nfe.core.spi.NotifierFactory;
import dev.nfe.core.spi.PluginContext;

/** Builds the {@code log} notifier, the default: stage outcomes as log lines through slf4j. It takes no keys. */
public final class LogNotifierFactory implements NotifierFactory {
    private static final ConfigDef DEFINITION = ConfigDef.of();

    @Override
    public String type() {
        return "log";
    }

    @Override
    public ConfigDef configDef() {
        return DEFINITION;
    }

    @Override
    public Notifier create(ConfigSection config, PluginContext context) {
        config.bind(DEFINITION);
        return new LogNotifier();
    }
}
