package dev.nfe.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nfe.core.spi.ConfigException;
import dev.nfe.core.spi.ConfigSection;
import dev.nfe.core.spi.Notification;
import dev.nfe.core.spi.Notifier;
import dev.nfe.core.spi.NotifierFactory;
import dev.nfe.core.spi.PluginContext;
import dev.nfe.core.spi.SecretProviderFactory;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginRegistryTest {

    @TempDir
    Path services;

    @Test
    void factory_whenTypeRegistered_returnsIt() throws IOException {
        PluginRegistry<NotifierFactory> registry = registryOf(FirstNotifierFactory.class);

        assertThat(registry.factory("notify.type", "quiet")).isInstanceOf(FirstNotifierFactory.class);
        assertThat(registry.types()).contains("quiet");
    }

    @Test
    void factory_whenTypeUnknown_namesKeyAndKnownTypes() throws IOException {
        PluginRegistry<NotifierFactory> registry = registryOf(FirstNotifierFactory.class);

        assertThatThrownBy(() -> registry.factory("notify.type", "pager"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("notify.type: unknown notifier type 'pager'")
                .hasMessageContaining("quiet");
    }

    @Test
    void load_whenTwoFactoriesClaimOneType_failsNamingBoth() throws IOException {
        assertThatThrownBy(() -> registryOf(FirstNotifierFactory.class, SecondNotifierFactory.class))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("type 'quiet'")
                .hasMessageContaining(FirstNotifierFactory.class.getName())
                .hasMessageContaining(SecondNotifierFactory.class.getName());
    }

    @Test
    void of_givenFactories_registersExactlyThem() {
        PluginRegistry<NotifierFactory> registry =
                PluginRegistry.of(NotifierFactory.class, List.of(new FirstNotifierFactory()));

        assertThat(registry.types()).containsExactly("quiet");
        assertThat(registry.kind()).isEqualTo(NotifierFactory.class);
    }

    @Test
    void of_whenTwoFactoriesClaimOneType_failsNamingBoth() {
        assertThatThrownBy(() -> PluginRegistry.of(NotifierFactory.class,
                        List.of(new FirstNotifierFactory(), new SecondNotifierFactory())))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("type 'quiet'");
    }

    @Test
    void factory_whenNoPluginOfTheKind_saysNoneIsOnTheClassPath() {
        PluginRegistry<SecretProviderFactory> registry = PluginRegistry.of(SecretProviderFactory.class, List.of());

        assertThatThrownBy(() -> registry.factory("secrets.type", "vault"))
                .isInstanceOf(ConfigException.class)
                .hasMessage("secrets.type: unknown secret provider type 'vault', no secret provider plugin is on the "
                        + "class path; add the module that provides it");
    }

    private PluginRegistry<NotifierFactory> registryOf(Class<?>... factories) throws IOException {
        Path file = services.resolve("META-INF/services/" + NotifierFactory.class.getName());
        Files.createDirectories(file.getParent());
        StringBuilder lines = new StringBuilder();
        for (Class<?> factory : factories) {
            lines.append(factory.getName()).append('\n');
        }
        Files.writeString(file, lines);
        URLClassLoader loader = new URLClassLoader(new URL[] {services.toUri().toURL()}, getClass().getClassLoader());
        return PluginRegistry.load(NotifierFactory.class, loader);
    }

    /** A notifier factory registered through a temporary services file. */
    public static final class FirstNotifierFactory implements NotifierFactory {
        @Override
        public String type() {
            return "quiet";
        }

        @Override
        public Notifier create(ConfigSection config, PluginContext context) {
            return (Notification notification) -> { };
        }
    }

    /** A second factory claiming the same type. */
    public static final class SecondNotifierFactory implements NotifierFactory {
        @Override
        public String type() {
            return "quiet";
        }

        @Override
        public Notifier create(ConfigSection config, PluginContext context) {
            return (Notification notification) -> { };
        }
    }
}
