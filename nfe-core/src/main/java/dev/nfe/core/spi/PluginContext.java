package dev.nfe.core.spi;

import java.time.Clock;
import java.util.Objects;

/**
 * What the runtime gives every factory besides its configuration section.
 *
 * @param pipeline the pipeline name
 * @param clock the clock to read time from (tests inject a fixed one)
 * @param secrets resolves secrets a plugin needs at build time
 */
public record PluginContext(String pipeline, Clock clock, SecretProvider secrets) {
    public PluginContext {
        Objects.requireNonNull(pipeline, "pipeline");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(secrets, "secrets");
    }
}
