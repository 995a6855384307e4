package dev.nfe.core.iceberg;

import dev.nfe.core.silver.ParquetWriterOptions;
import dev.nfe.core.spi.ConfigDef;
import dev.nfe.core.spi.ConfigException;
import dev.nfe.core.spi.ConfigKey;
import dev.nfe.core.spi.ConfigSection;
import dev.nfe.core.spi.ConfigValues;
import dev.nfe.core.spi.LayerWriter;
import dev.nfe.core.spi.LayerWriterFactory;
import dev.nfe.core.spi.PluginContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.iceberg.catalog.Namespace;

/**
 * Builds the {@code iceberg} layer writer. Keys: {@code catalog} (a catalog type or section: {@code jdbc}, the
 * default, {@code rest}, or {@code glue} with nfe-aws; see each {@link IcebergCatalogFactory}), {@code namespace}
 * (dot-separated; default: the layer's name with {@code _} for any other character than a-z, 0-9 and {@code _}), and
 * the {@code parquet} writer's file keys ({@code maxRowsPerFile}, {@code maxBytesPerFile}, {@code rowGroupSize},
 * {@code compression}).
 */
public final class IcebergLayerWriterFactory implements LayerWriterFactory {
    static final String CATALOG = "catalog";
    static final String NAMESPACE = "namespace";

    private static final ConfigDef DEFINITION = ConfigDef.of(Stream.concat(
            Stream.of(
                    ConfigKey.plugin(CATALOG).withDefault("jdbc")
                            .doc("The Iceberg catalog: jdbc (default), rest, or glue (nfe-aws)."),
                    ConfigKey.string(NAMESPACE)
                            .doc("The catalog namespace (database) of the layer's tables, dot-separated.")),
            ParquetWriterOptions.DEFINITION.keys().stream()).toArray(ConfigKey[]::new));

    private final Supplier<Stream<IcebergCatalogFactory>> catalogs;

    /** The factory {@code ServiceLoader} instantiates; finds catalog factories with the service loader too. */
    public IcebergLayerWriterFactory() {
        this(() -> ServiceLoader.load(IcebergCatalogFactory.class, IcebergLayerWriterFactory.class.getClassLoader())
                .stream().map(ServiceLoader.Provider::get));
    }

    /** A factory choosing among {@code catalogs}. */
    public IcebergLayerWriterFactory(Supplier<Stream<IcebergCatalogFactory>> catalogs) {
        this.catalogs = catalogs;
    }

    @Override
    public String type() {
        return "iceberg";
    }

    @Override
    public ConfigDef configDef() {
        return DEFINITION;
    }

    @Override
    public LayerWriter create(ConfigSection config, PluginContext context) {
        List<String> problems = new ArrayList<>();
        ConfigValues values = config.bind(DEFINITION, problems);
        ParquetWriterOptions options = ParquetWriterOptions.from(values, problems);
        Optional<Namespace> namespace = Optional.empty();
        if (values.isSet(NAMESPACE)) {
            String name = values.string(NAMESPACE);
            if (!name.matches("[A-Za-z0-9_]+(\\.[A-Za-z0-9_]+)*")) {
                problems.add(values.keyPath(NAMESPACE) + ": must be names of letters, digits and _, separated by"
                        + " dots, was '" + name + "'");
            } else {
                namespace = Optional.of(Namespace.of(name.split("\\.")));
            }
        }
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        ConfigSection catalog = values.plugin(CATALOG);
        String type = catalog.string("type").orElse("jdbc");
        List<IcebergCatalogFactory> known = catalogs.get().toList();
        IcebergCatalogFactory factory = known.stream().filter(f -> f.type().equals(type)).findFirst()
                .orElseThrow(() -> new ConfigException(values.keyPath(CATALOG) + ": unknown Iceberg catalog type '"
                        + type + "'; known: " + known.stream().map(IcebergCatalogFactory::type).sorted()
                        .collect(Collectors.joining(", "))
                        + (type.equals("glue") ? " (glue needs nfe-aws on the class path)" : "")));
        Map<String, Object> keys = new LinkedHashMap<>(catalog.values());
        keys.remove("type");
        return new IcebergLayerWriter(factory.create(new ConfigSection(catalog.path(), keys), context), namespace,
                options);
    }
}
