package dev.nfe.core.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nfe.core.spi.ConfigException;
import dev.nfe.core.spi.ConfigSection;
import dev.nfe.core.spi.PluginContext;
import dev.nfe.core.spi.Storage;
import dev.nfe.core.spi.StorageFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalStorageFactoryTest {
    private static final PluginContext CONTEXT =
            new PluginContext("test", Clock.systemUTC(), name -> Optional.empty());

    @TempDir
    Path root;

    @Test
    void serviceLoader_findsLocalFactory() {
        assertThat(ServiceLoader.load(StorageFactory.class).stream().map(ServiceLoader.Provider::get))
                .extracting(StorageFactory::type)
                .contains("local");
    }

    @Test
    void create_withRoot_returnsStorageRootedThere() {
        Storage storage = new LocalStorageFactory().create(
                new ConfigSection("storage", Map.of("root", root.toString())), CONTEXT);

        assertThat(storage).isInstanceOf(LocalStorage.class);
        assertThat(((LocalStorage) storage).root()).isEqualTo(root.toAbsolutePath().normalize());
    }

    @Test
    void create_withoutRoot_failsNamingKeyPath() {
        assertThatThrownBy(() -> new LocalStorageFactory().create(new ConfigSection("storage", Map.of()), CONTEXT))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("storage.root: required key is missing");
    }

    @Test
    void create_withUnknownKey_failsNamingKeyPath() {
        assertThatThrownBy(() -> new LocalStorageFactory().create(
                new ConfigSection("storage", Map.of("root", root.toString(), "bucket", "b")), CONTEXT))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("storage.bucket: unknown key");
    }
}
