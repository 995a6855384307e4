package dev.nfe.aws.glue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nfe.core.spi.CatalogRegistrarFactory;
import dev.nfe.core.spi.ConfigException;
import dev.nfe.core.spi.ConfigSection;
import dev.nfe.core.spi.PluginContext;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class GlueCatalogRegistrarFactoryTest {
    private static final PluginContext CONTEXT =
            new PluginContext("test", Clock.systemUTC(), name -> Optional.empty());

    @Test
    void serviceLoader_findsGlueFactory() {
        assertThat(ServiceLoader.load(CatalogRegistrarFactory.class).stream().map(ServiceLoader.Provider::get))
                .extracting(CatalogRegistrarFactory::type)
                .contains("glue", "none");
    }

    @Test
    void create_locationWithoutTrailingSlash_addsIt() {
        var registrar = new GlueCatalogRegistrarFactory().create(new ConfigSection("transform.catalog", Map.of(
                "database", "nfe_lake", "location", "s3://my-lake/nfe", "region", "sa-east-1")), CONTEXT);

        assertThat(registrar).hasToString(
                "GlueCatalogRegistrar[database=nfe_lake, location=s3://my-lake/nfe/, tablePrefix=]");
    }

    @Test
    void create_badValues_failsNamingEveryKey() {
        assertThatThrownBy(() -> new GlueCatalogRegistrarFactory().create(new ConfigSection("transform.catalog",
                Map.of("database", "NFE-Lake", "location", "/var/lake", "catalogId", "abc", "region", "sa-east-1")),
                CONTEXT))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("transform.catalog.database")
                .hasMessageContaining("transform.catalog.location")
                .hasMessageContaining("transform.catalog.catalogId");
    }

    @Test
    void create_withoutDatabase_failsNamingKeyPath() {
        assertThatThrownBy(() -> new GlueCatalogRegistrarFactory().create(new ConfigSection("transform.catalog",
                Map.of("location", "s3://my-lake/", "region", "sa-east-1")), CONTEXT))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("transform.catalog.database: required key is missing");
    }
}
