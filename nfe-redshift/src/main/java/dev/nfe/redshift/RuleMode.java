package dev.nfe.redshift;

import dev.nfe.core.spi.ConfigException;
import java.util.Arrays;
import java.util.stream.Collectors;

/** How a rule's rows reach its target table. */
public enum RuleMode {
    /** Appended. */
    INSERT("insert"),
    /** Upserted by the rule's keys, keeping the row with the greatest version. */
    MERGE("merge"),
    /** Target rows sharing the keys of the rule's rows (by default the batch column) are deleted, then the rows inserted. */
    REPLACE_PARTITION("replace-partition");

    private final String configName;

    RuleMode(String configName) {
        this.configName = configName;
    }

    /** The name rule files use. */
    public String configName() {
        return configName;
    }

    /**
     * The mode called {@code name}.
     *
     * @throws ConfigException naming {@code source} if there is none
     */
    static RuleMode parse(String source, String name) {
        for (RuleMode mode : values()) {
            if (mode.configName.equals(name)) {
                return mode;
            }
        }
        throw new ConfigException(source + ": @mode must be one of "
                + Arrays.stream(values()).map(RuleMode::configName).collect(Collectors.joining(", ")) + ", was " + name);
    }
}
