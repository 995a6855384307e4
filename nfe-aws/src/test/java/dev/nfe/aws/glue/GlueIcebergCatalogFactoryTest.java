package dev.nfe.aws.glue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nfe.core.config.PluginRegistry;
import dev.nfe.core.iceberg.EngineCatalog;
import dev.nfe.core.iceberg.IcebergCatalogFactory;
import dev.nfe.core.spi.ConfigException;
import dev.nfe.core.spi.ConfigSection;
import dev.nfe.core.spi.LayerWriterFactory;
import dev.nfe.core.spi.PluginContext;
import dev.nfe.core.storage.LocalStorage;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GlueIcebergCatalogFactoryTest {
    private static final PluginContext CONTEXT =
            new PluginContext("test", Clock.systemUTC(), name -> Optional.empty());

    @Test
    void serviceLoader_findsTheGlueIcebergCatalog() {
        assertThat(ServiceLoader.load(IcebergCatalogFactory.class).stream().map(ServiceLoader.Provider::get))
                .extracting(IcebergCatalogFactory::type)
                .contains("glue", "jdbc", "rest");
    }

    @ParameterizedTest
    @CsvSource({
        "regoin, sa-east-1, transform.writer.catalog.regoin",
        "endpoint, not a url, transform.writer.catalog.endpoint",
        "endpoint, ftp://glue.local, transform.writer.catalog.endpoint",
        "catalogId, 1234, transform.writer.catalog.catalogId",
        "skipArchive, sometimes, transform.writer.catalog.skipArchive",
    })
    void create_badKey_failsNamingIt(String key, String value, String keyPath) {
        Map<String, Object> writer = Map.of("catalog", Map.of("type", "glue", key, value));

        assertThatThrownBy(() -> PluginRegistry.load(LayerWriterFactory.class)
                .factory("transform.writer.type", "iceberg")
                .create(new ConfigSection("transform.writer", writer), CONTEXT))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(keyPath);
    }

    @Test
    void create_everyKeySet_buildsAConnector() {
        var connector = new GlueIcebergCatalogFactory().create(new ConfigSection("transform.writer.catalog", Map.of(
                "region", "sa-east-1", "endpoint", "https://glue.sa-east-1.amazonaws.com", "catalogId",
                "123456789012", "name", "lake", "skipArchive", false)), CONTEXT);

        assertThat(connector).isNotNull();
    }

    @Test
    void engineCatalog_everyKeySet_givesIcebergsGluePropertiesForTheLake(@TempDir Path lake) {
        var connector = new GlueIcebergCatalogFactory().create(new ConfigSection("transform.writer.catalog", Map.of(
                "region", "sa-east-1", "endpoint", "https://glue.sa-east-1.amazonaws.com", "catalogId",
                "123456789012", "name", "lake", "skipArchive", false)), CONTEXT);
        LocalStorage storage = new LocalStorage(lake);

        EngineCatalog engine = connector.engineCatalog(storage);

        assertThat(engine.name()).isEqualTo("lake");
        assertThat(engine.properties()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "type", "glue",
                "warehouse", storage.location(""),
                "glue.id", "123456789012",
                "glue.skip-archive", "false",
                "client.region", "sa-east-1",
                "glue.endpoint", "https://glue.sa-east-1.amazonaws.com"));
    }
}
