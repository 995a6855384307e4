package dev.nfe.core.config;

import dev.nfe.core.spi.CatalogRegistrarFactory;
import dev.nfe.core.spi.DeserializerFactory;
import dev.nfe.core.spi.ExtractorFactory;
import dev.nfe.core.spi.LayerWriterFactory;
import dev.nfe.core.spi.LoaderFactory;
import dev.nfe.core.spi.NotifierFactory;
import dev.nfe.core.spi.PluginFactory;
import dev.nfe.core.spi.SecretProviderFactory;
import dev.nfe.core.spi.StorageFactory;

/** The plugin kinds a pipeline configuration names, each with the key path of its section. */
enum PluginKind {
    STORAGE(StorageFactory.class, "storage"),
    EXTRACTOR(ExtractorFactory.class, "extract"),
    DESERIALIZER(DeserializerFactory.class, "transform.deserializer"),
    LAYER_WRITER(LayerWriterFactory.class, "transform.writer"),
    CATALOG_REGISTRAR(CatalogRegistrarFactory.class, "transform.catalog"),
    LOADER(LoaderFactory.class, "load"),
    NOTIFIER(NotifierFactory.class, "notify"),
    SECRET_PROVIDER(SecretProviderFactory.class, "secrets");

    private final Class<? extends PluginFactory<?>> factory;
    private final String keyPath;

    PluginKind(Class<? extends PluginFactory<?>> factory, String keyPath) {
        this.factory = factory;
        this.keyPath = keyPath;
    }

    /** The factory interface of this kind. */
    Class<? extends PluginFactory<?>> factory() {
        return factory;
    }

    /** The key path of this kind's section. */
    String keyPath() {
        return keyPath;
    }
}
