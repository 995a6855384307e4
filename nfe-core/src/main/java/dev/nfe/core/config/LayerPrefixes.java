package dev.nfe.core.config;

import dev.nfe.core.spi.ConfigDef;
import dev.nfe.core.spi.ConfigException;
import dev.nfe.core.spi.ConfigKey;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The storage prefixes of the lake's layers ({@code layers} section), each one path segment, all different.
 *
 * @param bronze raw documents as received
 * @param silver parsed tables
 * @param gold loaded business tables
 */
public record LayerPrefixes(String bronze, String silver, String gold) {
    static final String BRONZE = "bronze";
    static final String SILVER = "silver";
    static final String GOLD = "gold";

    private static final String SEGMENT = "[a-z0-9][a-z0-9_-]*";
    private static final Pattern SEGMENT_PATTERN = Pattern.compile(SEGMENT);

    static final ConfigDef DEFINITION = ConfigDef.of(
            ConfigKey.string(BRONZE).matching(SEGMENT).withDefault("bronze")
                    .doc("Prefix of the bronze layer: raw documents exactly as received."),
            ConfigKey.string(SILVER).matching(SEGMENT).withDefault("silver")
                    .doc("Prefix of the silver layer: Parquet tables parsed from bronze."),
            ConfigKey.string(GOLD).matching(SEGMENT).withDefault("gold")
                    .doc("Prefix of the gold layer: business tables as loaded into the warehouse."));

    /**
     * @throws ConfigException if a prefix is not one lowercase path segment or two prefixes are equal
     */
    public LayerPrefixes {
        Objects.requireNonNull(bronze, "bronze");
        Objects.requireNonNull(silver, "silver");
        Objects.requireNonNull(gold, "gold");
        for (String prefix : new String[] {bronze, silver, gold}) {
            if (!SEGMENT_PATTERN.matcher(prefix).matches()) {
                throw new ConfigException("layers: each prefix must match " + SEGMENT + ", was '" + prefix + "'");
            }
        }
        sameNameProblem(bronze, silver, gold).ifPresent(problem -> {
            throw new ConfigException(problem);
        });
    }

    /** The prefixes nfe-pipeline uses unless configured: {@code bronze}, {@code silver}, {@code gold}. */
    public static LayerPrefixes defaults() {
        return new LayerPrefixes("bronze", "silver", "gold");
    }

    /** The problem when two layers share a prefix, which would mix their files. */
    static Optional<String> sameNameProblem(String bronze, String silver, String gold) {
        if (bronze.equals(silver) || bronze.equals(gold) || silver.equals(gold)) {
            return Optional.of("layers: bronze, silver and gold must differ, was '" + bronze + "', '" + silver
                    + "', '" + gold + "'");
        }
        return Optional.empty();
    }
}
