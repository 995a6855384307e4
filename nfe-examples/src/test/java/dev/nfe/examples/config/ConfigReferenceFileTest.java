package dev.nfe.examples.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nfe.core.config.ConfigReference;
import dev.nfe.core.config.PluginRegistry;
import dev.nfe.core.spi.CatalogRegistrarFactory;
import dev.nfe.core.spi.DeserializerFactory;
import dev.nfe.core.spi.ExtractorFactory;
import dev.nfe.core.spi.LayerWriterFactory;
import dev.nfe.core.spi.LoaderFactory;
import dev.nfe.core.spi.NotifierFactory;
import dev.nfe.core.spi.PluginFactory;
import dev.nfe.core.spi.SecretProviderFactory;
import dev.nfe.core.spi.StorageFactory;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Keeps docs/CONFIG.md equal to the key declarations of every module, which are all on this module's test class
 * path. Regenerate it with {@code mvn -B -q -ntp test -pl nfe-examples -am -Dtest=ConfigReferenceFileTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dnfe.regenerate=true}.
 */
class ConfigReferenceFileTest {
    private static final Path ROOT = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize()
            .getParent();
    private static final Path REFERENCE = ROOT.resolve("docs").resolve("CONFIG.md");
    /** Each plugin key of the root and transform sections, with the kind of plugin it names. */
    private static final Map<String, Class<? extends PluginFactory<?>>> PLUGIN_KEYS = new LinkedHashMap<>();

    static {
        PLUGIN_KEYS.put("storage", StorageFactory.class);
        PLUGIN_KEYS.put("extract", ExtractorFactory.class);
        PLUGIN_KEYS.put("transform.deserializer", DeserializerFactory.class);
        PLUGIN_KEYS.put("transform.writer", LayerWriterFactory.class);
        PLUGIN_KEYS.put("transform.catalog", CatalogRegistrarFactory.class);
        PLUGIN_KEYS.put("load", LoaderFactory.class);
        PLUGIN_KEYS.put("notify", NotifierFactory.class);
        PLUGIN_KEYS.put("secrets", SecretProviderFactory.class);
    }

    /** The test class path without the plugins registered by test code (the reliability suite's storages). */
    private static final ClassLoader PUBLISHED = new ClassLoader(ConfigReferenceFileTest.class.getClassLoader()) {
        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            List<URL> published = Collections.list(super.getResources(name)).stream()
                    .filter(url -> !url.toString().contains("/test-classes/") && !url.toString().contains("-tests.jar"))
                    .toList();
            return Collections.enumeration(published);
        }
    };

    private final String markdown = ConfigReference.markdown(PUBLISHED);

    @Test
    void markdown_equalsCommittedReference() throws IOException {
        if (Boolean.getBoolean("nfe.regenerate")) {
            Files.writeString(REFERENCE, markdown);
        }

        assertThat(REFERENCE).exists();
        assertThat(Files.readString(REFERENCE))
                .as("%s differs from the declared keys; regenerate it with -Dnfe.regenerate=true", REFERENCE)
                .isEqualTo(markdown);
    }

    @Test
    void markdown_everyRegisteredPluginTypeOfEveryModule_hasItsSection() {
        for (Map.Entry<String, Class<? extends PluginFactory<?>>> key : PLUGIN_KEYS.entrySet()) {
            for (String type : PluginRegistry.load(key.getValue(), PUBLISHED).types()) {
                assertThat(markdown).as(key.getKey() + " " + type)
                        .contains("### `" + key.getKey() + "` type `" + type + "`");
            }
        }
        assertThat(markdown).contains(
                "| `storage.bucket` | `string` |  | yes |",
                "| `secrets.prefix` |",
                "| `notify.topicArn` |",
                "| `notify.forward` | `plugin` | `log` |",
                "| `transform.catalog.database` |",
                "| `load.url` |",
                "| `load.gold.writer` |");
    }

    @Test
    void markdown_typesNamedInAPluginKeysDescription_allExist() {
        Pattern row = Pattern.compile("^\\| `([a-z.]+)` \\| `plugin` \\|[^|]*\\|[^|]*\\|[^|]*\\| (.*) \\|$",
                Pattern.MULTILINE);
        Matcher rows = row.matcher(markdown);
        List<String> checked = new ArrayList<>();
        while (rows.find()) {
            Class<? extends PluginFactory<?>> kind = PLUGIN_KEYS.get(rows.group(1));
            if (kind == null) {
                continue;
            }
            Set<String> registered = PluginRegistry.load(kind, PUBLISHED).types();
            String description = rows.group(2);
            String listed = description.substring(description.indexOf(": ") + 2).replaceAll("\\([^)]*\\)", "");
            Set<String> named = new TreeSet<>();
            for (String item : listed.split(",")) {
                named.add(item.trim().split("[ .]")[0]);
            }
            assertThat(registered).as("types named by %s: %s", rows.group(1), description).containsAll(named);
            assertThat(named).as("types registered for %s", rows.group(1)).containsAll(registered);
            checked.add(rows.group(1));
        }
        assertThat(checked).containsExactlyInAnyOrderElementsOf(PLUGIN_KEYS.keySet());
    }

    @Test
    void markdown_citedFiles_existInTheRepository() {
        Matcher cited = Pattern.compile("`((?:[A-Za-z0-9_.-]+/)+[A-Za-z0-9_.-]+\\.(?:md|yaml|yml|sql|json|java))`")
                .matcher(markdown);
        List<String> files = new ArrayList<>();
        while (cited.find()) {
            files.add(cited.group(1));
        }
        assertThat(files).isNotEmpty().allSatisfy(file -> assertThat(ROOT.resolve(file)).exists());
        assertThat(markdown).doesNotContain("DESIGN.md");
    }
}
