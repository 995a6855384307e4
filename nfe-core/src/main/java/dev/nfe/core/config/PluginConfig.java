package dev.nfe.core.config;

import dev.nfe.core.spi.ConfigSection;
import java.util.Objects;

/**
 * One plugin section of a pipeline configuration: the plugin's {@code type} and the rest of its keys, already checked
 * against the factory's declaration when it declares one, for {@link dev.nfe.core.spi.PluginFactory#create}. Secret
 * and sensitive values in {@code section} are {@link dev.nfe.core.spi.Secret}s, hidden by {@link #toString()}.
 *
 * @param type the plugin type ({@code local}, {@code http}, {@code parquet})
 * @param section the plugin's keys without {@code type}, at the section's key path ({@code transform.writer})
 */
public record PluginConfig(String type, ConfigSection section) {
    public PluginConfig {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(section, "section");
    }

    /** The section's key path in the configuration ({@code extract}, {@code transform.catalog}). */
    public String path() {
        return section.path();
    }
}
