package dev.nfe.core.config;

import dev.nfe.core.runtime.LogNotifierFactory;
import dev.nfe.core.spi.CatalogRegistrar;
import dev.nfe.core.spi.CatalogRegistrarFactory;
import dev.nfe.core.spi.ConfigDef;
import dev.nfe.core.spi.ConfigKey;
import dev.nfe.core.spi.ConfigSection;
import dev.nfe.core.spi.Deserializer;
import dev.nfe.core.spi.DeserializerFactory;
import dev.nfe.core.spi.Extractor;
import dev.nfe.core.spi.ExtractorFactory;
import dev.nfe.core.spi.LayerWriter;
import dev.nfe.core.spi.LayerWriterFactory;
import dev.nfe.core.spi.Loader;
import dev.nfe.core.spi.LoaderFactory;
import dev.nfe.core.spi.NotifierFactory;
import dev.nfe.core.spi.PluginContext;
import dev.nfe.core.spi.PluginFactory;
import dev.nfe.core.spi.SecretProviderFactory;
import dev.nfe.core.spi.Storage;
import dev.nfe.core.spi.StorageFactory;
import java.util.List;
import java.util.Map;

/**
 * Factories for the plugin types of DESIGN.md §4, declaring keys the way the real plugins do, so that configurations
 * can be checked without the plugins' implementations. Building a plugin from them is not supported.
 */
final class ExamplePlugins {

    static final ConfigDef HTTP = ConfigDef.of(
            ConfigKey.url("url").required().doc("Endpoint listing documents."),
            ConfigKey.section("auth", ConfigDef.of(
                    ConfigKey.string("header").withDefault("Authorization").doc("Header carrying the credential."),
                    ConfigKey.string("value").required().sensitive().doc("The header's value."))),
            ConfigKey.section("pagination", ConfigDef.of(
                    ConfigKey.oneOf("style", "cursor", "page").withDefault("cursor").doc("How pages are followed."),
                    ConfigKey.string("cursorField").withDefault("next").doc("Field holding the next cursor."))),
            ConfigKey.section("retry", ConfigDef.of(
                    ConfigKey.integer("maxAttempts").atLeast(1).withDefault(3).doc("Attempts per request."),
                    ConfigKey.duration("backoff").withDefault("500ms").doc("First wait between attempts."),
                    ConfigKey.duration("maxBackoff").withDefault("30s").doc("Longest wait between attempts."))));

    static final ConfigDef LOCAL = ConfigDef.of(
            ConfigKey.path("root").required().doc("Directory of the lake."),
            ConfigKey.bool("fsync").withDefault(false).doc("Force each file to disk on commit."));

    static final ConfigDef JDBC = ConfigDef.of(
            ConfigKey.oneOf("dialect", "postgresql", "redshift").required().doc("SQL dialect."),
            ConfigKey.string("url").required().doc("JDBC URL, or embedded."),
            ConfigKey.string("password").sensitive().doc("Database password."),
            ConfigKey.list("rules").withDefault(List.of()).doc("Business-rule SQL files."),
            ConfigKey.section("gold", ConfigDef.of(
                    ConfigKey.string("writer").withDefault("parquet").doc("Writer of gold tables."))));

    private ExamplePlugins() {
    }

    /** A loader that sees these factories, the real {@code log} notifier and secrets from {@code environment}. */
    static PipelineConfigLoader loader(Map<String, String> environment) {
        return PipelineConfigLoader.builder()
                .environment(environment)
                .registry(PluginRegistry.of(StorageFactory.class, List.of(new Local())))
                .registry(PluginRegistry.of(ExtractorFactory.class, List.of(new Http(), new Folder())))
                .registry(PluginRegistry.of(DeserializerFactory.class, List.of(new NfeJson(), new NfeXml())))
                .registry(PluginRegistry.of(LayerWriterFactory.class, List.of(new Parquet())))
                .registry(PluginRegistry.of(CatalogRegistrarFactory.class, List.of(new NoCatalog())))
                .registry(PluginRegistry.of(LoaderFactory.class, List.of(new Jdbc())))
                .registry(PluginRegistry.of(NotifierFactory.class, List.of(new LogNotifierFactory())))
                .registry(PluginRegistry.of(SecretProviderFactory.class,
                        List.of(new EnvSecretProviderFactory(environment), new FileSecretProviderFactory())))
                .build();
    }

    /** A factory that only declares a type and keys. */
    private abstract static class Declared<T> implements PluginFactory<T> {
        private final String type;
        private final ConfigDef def;

        Declared(String type, ConfigDef def) {
            this.type = type;
            this.def = def;
        }

        @Override
        public String type() {
            return type;
        }

        @Override
        public ConfigDef configDef() {
            return def;
        }

        @Override
        public T create(ConfigSection config, PluginContext context) {
            throw new UnsupportedOperationException("Cannot build " + type + ": declared for configuration tests");
        }
    }

    static final class Local extends Declared<Storage> implements StorageFactory {
        Local() {
            super("local", LOCAL);
        }
    }

    static final class Http extends Declared<Extractor> implements ExtractorFactory {
        Http() {
            super("http", HTTP);
        }
    }

    /** Declares nothing, like a factory written before declarations existed. */
    static final class Folder extends Declared<Extractor> implements ExtractorFactory {
        Folder() {
            super("folder", ConfigDef.undeclared());
        }
    }

    static final class NfeJson extends Declared<Deserializer> implements DeserializerFactory {
        NfeJson() {
            super("nfe-json", ConfigDef.of());
        }
    }

    static final class NfeXml extends Declared<Deserializer> implements DeserializerFactory {
        NfeXml() {
            super("nfe-xml", ConfigDef.of());
        }
    }

    static final class Parquet extends Declared<LayerWriter> implements LayerWriterFactory {
        Parquet() {
            super("parquet", ConfigDef.of(
                    ConfigKey.longInteger("rowGroupBytes").atLeast(1024).withDefault(134_217_728L)
                            .doc("Target row group size.")));
        }
    }

    static final class NoCatalog extends Declared<CatalogRegistrar> implements CatalogRegistrarFactory {
        NoCatalog() {
            super("none", ConfigDef.of());
        }
    }

    static final class Jdbc extends Declared<Loader> implements LoaderFactory {
        Jdbc() {
            super("jdbc", JDBC);
        }
    }
}
