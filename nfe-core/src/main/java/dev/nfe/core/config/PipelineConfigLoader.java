package dev.nfe.core.config;

import dev.nfe.core.spi.CatalogRegistrarFactory;
import dev.nfe.core.spi.ConfigDef;
import dev.nfe.core.spi.ConfigException;
import dev.nfe.core.spi.ConfigSection;
import dev.nfe.core.spi.ConfigValues;
import dev.nfe.core.spi.DeserializerFactory;
import dev.nfe.core.spi.ExtractorFactory;
import dev.nfe.core.spi.LayerWriterFactory;
import dev.nfe.core.spi.LoaderFactory;
import dev.nfe.core.spi.NotifierFactory;
import dev.nfe.core.spi.PluginContext;
import dev.nfe.core.spi.PluginFactory;
import dev.nfe.core.spi.SecretProvider;
import dev.nfe.core.spi.SecretProviderFactory;
import dev.nfe.core.spi.StorageFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a pipeline configuration (YAML or JSON, DESIGN.md §4) and binds it to a {@link PipelineConfig}, checking
 * everything at once: unknown keys (with a "did you mean" hint), missing required keys, bad types, durations, URLs,
 * enums and paths, unknown plugin types, and each plugin's own keys when its factory declares them. Problems are
 * reported together in one {@link ConfigException}, one per line, each naming its key path.
 *
 * <p>{@code ${env:NAME}} and {@code ${secret:name}} placeholders are resolved after parsing, in any string value;
 * secrets come from the provider of the {@code secrets} section (default {@code env}). Resolved secrets are held as
 * {@link dev.nfe.core.spi.Secret}s and never appear in messages, logs or {@code toString()}.
 *
 * <p>Immutable and thread-safe once built.
 */
public final class PipelineConfigLoader {
    private static final Logger log = LoggerFactory.getLogger(PipelineConfigLoader.class);

    private static final List<Class<? extends PluginFactory<?>>> KINDS =
            Arrays.stream(PluginKind.values()).<Class<? extends PluginFactory<?>>>map(PluginKind::factory).toList();
    private static final String TEXT_SOURCE = "config";

    private final Map<String, String> environment;
    private final Clock clock;
    private final PluginSections plugins;
    private final boolean resolveSecrets;
    private final boolean transformOnly;
    private final ConfigTreeReader reader = new ConfigTreeReader();

    private PipelineConfigLoader(Builder builder, Map<Class<?>, PluginRegistry<?>> registries) {
        this.environment = Map.copyOf(builder.environment);
        this.clock = builder.clock;
        this.resolveSecrets = builder.resolveSecrets;
        this.transformOnly = builder.transformOnly;
        this.plugins = new PluginSections(registries);
    }

    /** A loader with the process environment and the plugins registered on this library's class path. */
    public static PipelineConfigLoader create() {
        return builder().build();
    }

    /** A builder, for a chosen environment, clock, class loader or plugin registries. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads and binds the configuration in {@code file}: JSON when its name ends in {@code .json}, YAML otherwise.
     *
     * @throws ConfigException if the file cannot be read or parsed, listing every problem of its content
     */
    public PipelineConfig load(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot read the configuration file: " + e, e);
        }
        return bind(reader.read(text, Format.of(file), file.toString()), file.toString());
    }

    /**
     * Parses and binds a configuration given as text.
     *
     * @throws ConfigException listing every problem of the configuration
     */
    public PipelineConfig parse(String text, Format format) {
        return parse(text, format, TEXT_SOURCE);
    }

    /**
     * Parses and binds a configuration given as text, read from {@code source} (a URI), which messages name.
     *
     * @throws ConfigException listing every problem of the configuration
     */
    public PipelineConfig parse(String text, Format format, String source) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(source, "source");
        return bind(reader.read(text, format, source), source);
    }

    private PipelineConfig bind(Map<String, Object> document, String source) {
        Map<String, Object> tree = transformOnly ? withoutExtractAndLoad(document) : document;
        // placeholders first, because a value keeps its placeholder when one fails and any later problem of that
        // key would only repeat the first
        List<String> placeholderProblems = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        PlaceholderResolver secretsResolver = PlaceholderResolver.forSecretsSection(environment);
        Object rawSecrets = tree.get(PipelineConfig.SECRETS);
        Map<String, Object> secretsTree = rawSecrets == null ? Map.of() : Map.of(PipelineConfig.SECRETS,
                secretsResolver.resolve(PipelineConfig.SECRETS, rawSecrets, placeholderProblems));
        Optional<PluginConfig> secrets = secretsProvider(secretsTree, problems);
        boolean secretsUsable = placeholderProblems.isEmpty() && problems.isEmpty();
        PlaceholderResolver resolver = secrets
                .filter(config -> secretsUsable && resolveSecrets)
                .flatMap(config -> createProvider(config, tree, problems)
                        .map(provider -> PlaceholderResolver.of(environment, provider, config.type())))
                .orElse(PlaceholderResolver.withoutSecrets(environment));

        Map<String, Object> resolved = new LinkedHashMap<>();
        tree.forEach((key, value) -> resolved.put(key, key.equals(PipelineConfig.SECRETS)
                ? secretsTree.get(key) : resolver.resolve(key, value, placeholderProblems)));
        ConfigValues root = new ConfigSection("", resolved).bind(PipelineConfig.DEFINITION, problems);

        Optional<LayerPrefixes> layers = layers(root, problems);
        Optional<PluginConfig> storage = plugin(root, PipelineConfig.STORAGE, StorageFactory.class, problems);
        Optional<PluginConfig> extract = plugin(root, PipelineConfig.EXTRACT, ExtractorFactory.class, problems);
        Optional<TransformConfig> transform = transform(root, problems);
        Optional<PluginConfig> load = plugin(root, PipelineConfig.LOAD, LoaderFactory.class, problems);
        Optional<PluginConfig> notify = plugin(root, PipelineConfig.NOTIFY, NotifierFactory.class, problems);
        Optional<LeaseConfig> lease = lease(root, problems);
        Set<String> unresolved = new HashSet<>(secretsResolver.unresolvedPaths());
        unresolved.addAll(resolver.unresolvedPaths());
        Set<String> all = new LinkedHashSet<>(placeholderProblems);
        problems.stream().filter(problem -> !unresolved.contains(keyPathOf(problem))).forEach(all::add);
        if (!all.isEmpty()) {
            throw new ConfigException(List.copyOf(all));
        }
        PipelineConfig config = new PipelineConfig(root.string(PipelineConfig.PIPELINE), layers.orElseThrow(),
                storage.orElseThrow(), extract, transform.orElseThrow(), load, notify.orElseThrow(),
                secrets.orElseThrow(), lease.orElseThrow());
        log.info("Loaded configuration of pipeline {} from {}: storage {}, extract {}, deserializer {}, writer {}, "
                        + "catalog {}, load {}, notify {}, secrets {}",
                config.name(), source, config.storage().type(), extract.map(PluginConfig::type).orElse("none"),
                config.transform().deserializer().type(), config.transform().writer().type(),
                config.transform().catalog().type(), load.map(PluginConfig::type).orElse("none"),
                config.notifier().type(), config.secrets().type());
        return config;
    }

    private static String keyPathOf(String problem) {
        int end = problem.indexOf(": ");
        return end < 0 ? problem : problem.substring(0, end);
    }

    private Optional<PluginConfig> secretsProvider(Map<String, Object> secretsTree, List<String> problems) {
        ConfigValues values = new ConfigSection("", secretsTree)
                .bind(ConfigDef.of(PipelineConfig.SECRETS_KEY), problems);
        return plugin(values, PipelineConfig.SECRETS, SecretProviderFactory.class, problems);
    }

    private static Map<String, Object> withoutExtractAndLoad(Map<String, Object> document) {
        Map<String, Object> tree = new LinkedHashMap<>(document);
        tree.remove(PipelineConfig.EXTRACT);
        tree.remove(PipelineConfig.LOAD);
        return tree;
    }

    private Optional<SecretProvider> createProvider(PluginConfig config, Map<String, Object> tree,
            List<String> problems) {
        Object name = tree.get(PipelineConfig.PIPELINE);
        PluginContext context = new PluginContext(name instanceof String text ? text : "", clock,
                secretName -> Optional.empty());
        try {
            return Optional.of(plugins.factory(SecretProviderFactory.class, config).create(config.section(), context));
        } catch (ConfigException e) {
            problems.addAll(e.problems());
            return Optional.empty();
        }
    }

    private Optional<LayerPrefixes> layers(ConfigValues root, List<String> problems) {
        if (!root.isSet(PipelineConfig.LAYERS)) {
            return Optional.empty();
        }
        ConfigValues layers = root.section(PipelineConfig.LAYERS);
        if (!layers.isSet(LayerPrefixes.BRONZE) || !layers.isSet(LayerPrefixes.SILVER)
                || !layers.isSet(LayerPrefixes.GOLD)) {
            return Optional.empty();
        }
        String bronze = layers.string(LayerPrefixes.BRONZE);
        String silver = layers.string(LayerPrefixes.SILVER);
        String gold = layers.string(LayerPrefixes.GOLD);
        Optional<String> problem = LayerPrefixes.sameNameProblem(bronze, silver, gold);
        problem.ifPresent(problems::add);
        return problem.isPresent() ? Optional.empty() : Optional.of(new LayerPrefixes(bronze, silver, gold));
    }

    private Optional<LeaseConfig> lease(ConfigValues root, List<String> problems) {
        if (!root.isSet(PipelineConfig.LEASE)) {
            return Optional.empty();
        }
        ConfigValues lease = root.section(PipelineConfig.LEASE);
        if (!lease.isSet(LeaseConfig.DURATION) || !lease.isSet(LeaseConfig.WAIT)) {
            return Optional.empty();
        }
        Duration duration = lease.duration(LeaseConfig.DURATION);
        Duration wait = lease.duration(LeaseConfig.WAIT);
        Optional<String> problem = LeaseConfig.problem(duration, wait);
        problem.ifPresent(problems::add);
        return problem.isPresent() ? Optional.empty() : Optional.of(new LeaseConfig(duration, wait));
    }

    private Optional<TransformConfig> transform(ConfigValues root, List<String> problems) {
        if (!root.isSet(PipelineConfig.TRANSFORM)) {
            return Optional.empty();
        }
        ConfigValues transform = root.section(PipelineConfig.TRANSFORM);
        Optional<PluginConfig> deserializer =
                plugin(transform, TransformConfig.DESERIALIZER, DeserializerFactory.class, problems);
        Optional<PluginConfig> writer = plugin(transform, TransformConfig.WRITER, LayerWriterFactory.class, problems);
        Optional<PluginConfig> catalog =
                plugin(transform, TransformConfig.CATALOG, CatalogRegistrarFactory.class, problems);
        if (deserializer.isEmpty() || writer.isEmpty() || catalog.isEmpty()) {
            return Optional.empty();
        }
        int threads = transform.isSet(TransformConfig.THREADS) ? transform.intValue(TransformConfig.THREADS)
                : ThreadCount.byDefault();
        long batchBytes = transform.isSet(TransformConfig.BATCH_BYTES) ? transform.size(TransformConfig.BATCH_BYTES)
                : SilverBatching.DEFAULT_TARGET_BYTES;
        boolean waitForFull = transform.isSet(TransformConfig.WAIT_FOR_FULL_BATCH)
                && transform.booleanValue(TransformConfig.WAIT_FOR_FULL_BATCH);
        return Optional.of(new TransformConfig(deserializer.get(), writer.get(), catalog.get(), threads,
                new SilverBatching(batchBytes, waitForFull)));
    }

    private <F extends PluginFactory<?>> Optional<PluginConfig> plugin(ConfigValues section, String key,
            Class<F> kind, List<String> problems) {
        return section.isSet(key) ? plugins.bind(kind, section.plugin(key), problems) : Optional.empty();
    }

    /** The syntax of a configuration document. */
    public enum Format {
        /** YAML 1.1, as in DESIGN.md §4; JSON documents are valid YAML too. */
        YAML,
        /** JSON. */
        JSON;

        /** {@link #JSON} for a file name ending in {@code .json}, {@link #YAML} otherwise. */
        public static Format of(Path file) {
            Path name = file.getFileName();
            return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".json") ? JSON : YAML;
        }
    }

    /** Chooses the environment, clock, class loader and plugin registries of a {@link PipelineConfigLoader}. */
    public static final class Builder {
        private Map<String, String> environment = System.getenv();
        private Clock clock = Clock.systemUTC();
        private ClassLoader classLoader = PipelineConfigLoader.class.getClassLoader();
        private final Map<Class<?>, PluginRegistry<?>> registries = new HashMap<>();
        private boolean resolveSecrets = true;
        private boolean transformOnly;

        private Builder() {
        }

        /**
         * Reads only what the transform stage needs: the {@code extract} and {@code load} sections are dropped before
         * anything else, as if absent, so neither their plugins nor their secrets are needed: for a host that only
         * transforms, like the Spark job.
         */
        public Builder transformOnly() {
            this.transformOnly = true;
            return this;
        }

        /**
         * Leaves every {@code ${secret:…}} placeholder unresolved, neither building the secrets provider nor asking
         * it for anything, and skips the checks of the keys holding one: for checking a configuration offline.
         */
        public Builder withoutSecrets() {
            this.resolveSecrets = false;
            return this;
        }

        /** The variables {@code ${env:NAME}} reads; the process environment by default. */
        public Builder environment(Map<String, String> variables) {
            this.environment = Objects.requireNonNull(variables, "variables");
            return this;
        }

        /** The clock given to the secrets provider's factory; the UTC system clock by default. */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "value");
            return this;
        }

        /** Where plugin factories are discovered with {@code ServiceLoader}; this library's loader by default. */
        public Builder classLoader(ClassLoader loader) {
            this.classLoader = Objects.requireNonNull(loader, "loader");
            return this;
        }

        /**
         * Uses {@code registry} for its plugin kind instead of discovering that kind's factories.
         *
         * @throws IllegalArgumentException if the registry's kind is not one a pipeline configuration uses
         */
        public Builder registry(PluginRegistry<?> registry) {
            if (!KINDS.contains(registry.kind())) {
                throw new IllegalArgumentException("Cannot use a registry of " + registry.kind().getName()
                        + ": a pipeline configuration uses " + KINDS.stream().map(Class::getSimpleName).toList());
            }
            registries.put(registry.kind(), registry);
            return this;
        }

        /** The loader; factories of kinds without a chosen registry are discovered now. */
        public PipelineConfigLoader build() {
            Map<Class<?>, PluginRegistry<?>> all = new HashMap<>(registries);
            for (Class<? extends PluginFactory<?>> kind : KINDS) {
                all.computeIfAbsent(kind, k -> PluginRegistry.load(kind, classLoader));
            }
            return new PipelineConfigLoader(this, all);
        }
    }
}
