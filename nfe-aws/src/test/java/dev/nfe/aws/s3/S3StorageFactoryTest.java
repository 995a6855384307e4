package dev.nfe.aws.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nfe.core.spi.ConfigException;
import dev.nfe.core.spi.ConfigSection;
import dev.nfe.core.spi.PluginContext;
import dev.nfe.core.spi.Storage;
import dev.nfe.core.spi.StorageFactory;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class S3StorageFactoryTest {
    private static final PluginContext CONTEXT =
            new PluginContext("test", Clock.systemUTC(), name -> Optional.empty());

    @Test
    void serviceLoader_findsS3Factory() {
        assertThat(ServiceLoader.load(StorageFactory.class).stream().map(ServiceLoader.Provider::get))
                .extracting(StorageFactory::type)
                .contains("s3");
    }

    @Test
    void create_withAllKeys_returnsStorageOnBucketAndPrefix() {
        Storage storage = new S3StorageFactory().create(new ConfigSection("storage", Map.of(
                "bucket", "lake", "prefix", "nfe/", "region", "sa-east-1",
                "endpoint", "http://127.0.0.1:9000", "pathStyleAccess", true)), CONTEXT);

        assertThat(storage).isInstanceOfSatisfying(S3Storage.class, s3 -> {
            assertThat(s3.bucket()).isEqualTo("lake");
            assertThat(s3.prefix()).isEqualTo("nfe/");
        });
    }

    @Test
    void create_withoutBucket_failsNamingKeyPath() {
        assertThatThrownBy(() -> new S3StorageFactory().create(
                new ConfigSection("storage", Map.of("region", "sa-east-1")), CONTEXT))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("storage.bucket: required key is missing");
    }

    @Test
    void create_withUnknownKey_failsNamingKeyPath() {
        assertThatThrownBy(() -> new S3StorageFactory().create(
                new ConfigSection("storage", Map.of("bucket", "lake", "root", "/tmp")), CONTEXT))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("storage.root: unknown key");
    }
}
