package dev.nfe.core.config;

import dev.nfe.core.spi.ConfigDef;
import dev.nfe.core.spi.ConfigException;
import dev.nfe.core.spi.ConfigKey;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A checked pipeline configuration, as {@link PipelineConfigLoader} binds it: the pipeline's name, its layer prefixes
 * and one {@link PluginConfig} per plugin section. Secret values inside it are hidden by {@link #toString()}.
 *
 * @param name the pipeline name ({@code pipeline} key), lowercase letters, digits and hyphens
 * @param layers the storage prefixes of bronze, silver and gold
 * @param storage the object store holding the lake and its state
 * @param extract where raw documents come from; empty for a pipeline that only transforms or loads (a Lambda
 *     function of one stage), whose extract stage then fails naming the section
 * @param transform deserializer, silver writer and catalog
 * @param load the warehouse loader; empty for a lake without a warehouse
 * @param notifier who hears about stage outcomes ({@code notify} key)
 * @param secrets the provider resolving {@code ${secret:…}} placeholders
 * @param lease how runs of the pipeline take turns on the lake
 */
public record PipelineConfig(
        String name,
        LayerPrefixes layers,
        PluginConfig storage,
        Optional<PluginConfig> extract,
        TransformConfig transform,
        Optional<PluginConfig> load,
        PluginConfig notifier,
        PluginConfig secrets,
        LeaseConfig lease) {
    static final String PIPELINE = "pipeline";
    static final String LAYERS = "layers";
    static final String STORAGE = "storage";
    static final String EXTRACT = "extract";
    static final String TRANSFORM = "transform";
    static final String LOAD = "load";
    static final String NOTIFY = "notify";
    static final String SECRETS = "secrets";
    static final String LEASE = "lease";

    private static final String NAME = "[a-z0-9-]+";
    private static final Pattern NAME_PATTERN = Pattern.compile(NAME);

    /** The declaration of the secrets provider key, bound first because placeholders elsewhere need it. */
    static final ConfigKey SECRETS_KEY = ConfigKey.plugin(SECRETS).withDefault("env")
            .doc("Resolves ${secret:name} placeholders: env (environment variables), file (a directory, or a "
                    + "JSON or properties file), secretsmanager (AWS Secrets Manager). Its own values may use "
                    + "${env:NAME} but not ${secret:name}.");

    /** The root keys of a pipeline configuration. */
    static final ConfigDef DEFINITION = ConfigDef.of(
            ConfigKey.string(PIPELINE).matching(NAME).required()
                    .doc("Name of the pipeline, used in lake paths, checkpoints and notifications."),
            ConfigKey.section(LAYERS, LayerPrefixes.DEFINITION)
                    .doc("Storage prefixes of the lake's layers."),
            ConfigKey.plugin(STORAGE).required()
                    .doc("Object store holding the lake and the pipeline's state: local, s3."),
            ConfigKey.plugin(EXTRACT)
                    .doc("Where raw documents come from: folder, http, sefaz-dfe. Absent for a pipeline that only "
                            + "transforms or loads (a Lambda function of one stage)."),
            ConfigKey.section(TRANSFORM, TransformConfig.DEFINITION).required()
                    .doc("How bronze documents become silver tables."),
            ConfigKey.plugin(LOAD)
                    .doc("Loads silver batches into the warehouse and publishes gold: jdbc. Absent for a lake "
                            + "without a warehouse."),
            ConfigKey.plugin(NOTIFY).withDefault("log")
                    .doc("Reports stage outcomes: log, sns, emf (CloudWatch metrics, then another notifier)."),
            SECRETS_KEY,
            ConfigKey.section(LEASE, LeaseConfig.DEFINITION)
                    .doc("How runs of the pipeline take turns on the lake: one run per stage at a time."));

    /**
     * @throws ConfigException if {@code name} is not lowercase letters, digits and hyphens
     */
    public PipelineConfig {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(layers, "layers");
        Objects.requireNonNull(storage, "storage");
        Objects.requireNonNull(extract, "extract");
        Objects.requireNonNull(transform, "transform");
        Objects.requireNonNull(load, "load");
        Objects.requireNonNull(notifier, "notifier");
        Objects.requireNonNull(secrets, "secrets");
        Objects.requireNonNull(lease, "lease");
        if (!NAME_PATTERN.matcher(name).matches()) {
            throw new ConfigException(PIPELINE + ": must match " + NAME + ", was '" + name + "'");
        }
    }
}
