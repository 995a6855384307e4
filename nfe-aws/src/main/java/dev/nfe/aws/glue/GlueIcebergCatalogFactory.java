package dev.nfe.aws.glue;

import dev.nfe.core.iceberg.CatalogConnector;
import dev.nfe.core.iceberg.EngineCatalog;
import dev.nfe.core.iceberg.IcebergCatalogFactory;
import dev.nfe.core.spi.ConfigDef;
import dev.nfe.core.spi.ConfigKey;
import dev.nfe.core.spi.ConfigSection;
import dev.nfe.core.spi.ConfigValues;
import dev.nfe.core.spi.PluginContext;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.iceberg.CatalogProperties;
import org.apache.iceberg.CatalogUtil;
import org.apache.iceberg.aws.AwsClientProperties;
import org.apache.iceberg.aws.AwsProperties;
import org.apache.iceberg.aws.glue.FileIOGlueCatalog;

/**
 * The {@code glue} Iceberg catalog: table pointers in the AWS Glue Data Catalog, where Athena, Redshift Spectrum, EMR
 * and Glue jobs find them, written with
 * {@code transform.writer: { type: iceberg, catalog: { type: glue, region: sa-east-1 }, namespace: nfe_silver }}.
 * The namespace is the Glue database (one level, lower case), created when missing; the warehouse is the lake's
 * storage root, and every metadata and data file goes through the lake's storage. A commit is Glue's optimistic
 * {@code UpdateTable} with the {@code VersionId} the writer read, so two writers never both win and no lock table is
 * needed. Keys are declared in {@link #configDef()}; credentials come from the AWS default chain. Each catalog the
 * connector opens has its own Glue client, closed with it.
 */
public final class GlueIcebergCatalogFactory implements IcebergCatalogFactory {
    /** Key of the region. */
    public static final String REGION = GlueClients.REGION;
    /** Key of the endpoint of a Glue-compatible server. */
    public static final String ENDPOINT = GlueClients.ENDPOINT;
    /** Key of the account whose Data Catalog holds the tables. */
    public static final String CATALOG_ID = "catalogId";
    /** Key of the catalog's name. */
    public static final String NAME = "name";
    /** Key of whether a commit skips archiving the table's previous version in Glue. */
    public static final String SKIP_ARCHIVE = "skipArchive";

    private static final ConfigDef DEFINITION = ConfigDef.of(
            ConfigKey.string(REGION)
                    .doc("The catalog's AWS region; taken from the AWS default chain when absent."),
            ConfigKey.url(ENDPOINT)
                    .doc("The endpoint of the Glue API (a VPC endpoint, a Glue-compatible server); AWS's own when"
                            + " absent."),
            ConfigKey.string(CATALOG_ID).matching("[0-9]{12}")
                    .doc("The AWS account id whose Data Catalog holds the tables; the caller's when absent."),
            ConfigKey.string(NAME).withDefault("nfe").matching("[A-Za-z0-9_-]+")
                    .doc("The catalog's name, in table names Iceberg reports (nfe.nfe_silver.nfe)."),
            ConfigKey.bool(SKIP_ARCHIVE).withDefault(true)
                    .doc("Whether a commit skips keeping the table's previous Glue version; Iceberg keeps its own"
                            + " history in snapshots, and Glue caps a table's archived versions."));

    @Override
    public String type() {
        return "glue";
    }

    @Override
    public ConfigDef configDef() {
        return DEFINITION;
    }

    @Override
    public CatalogConnector create(ConfigSection config, PluginContext context) {
        ConfigValues values = config.bind(DEFINITION);
        String name = values.string(NAME);
        boolean skipArchive = values.booleanValue(SKIP_ARCHIVE);
        Optional<String> catalogId = values.isSet(CATALOG_ID) ? Optional.of(values.string(CATALOG_ID)) : Optional.empty();
        return CatalogConnector.of(
                (storage, io) -> {
                    // AwsProperties is mutable: each catalog gets its own
                    AwsProperties properties = new AwsProperties();
                    properties.setGlueCatalogSkipArchive(skipArchive);
                    catalogId.ifPresent(properties::setGlueCatalogId);
                    return FileIOGlueCatalog.open(name, storage.location(""), properties, GlueClients.create(values),
                            io);
                },
                storage -> {
                    Map<String, String> properties = new HashMap<>();
                    properties.put(CatalogUtil.ICEBERG_CATALOG_TYPE, CatalogUtil.ICEBERG_CATALOG_TYPE_GLUE);
                    properties.put(CatalogProperties.WAREHOUSE_LOCATION, storage.location(""));
                    properties.put(AwsProperties.GLUE_CATALOG_SKIP_ARCHIVE, Boolean.toString(skipArchive));
                    catalogId.ifPresent(id -> properties.put(AwsProperties.GLUE_CATALOG_ID, id));
                    if (values.isSet(REGION)) {
                        properties.put(AwsClientProperties.CLIENT_REGION, values.string(REGION));
                    }
                    if (values.isSet(ENDPOINT)) {
                        properties.put(AwsProperties.GLUE_CATALOG_ENDPOINT, values.uri(ENDPOINT).toString());
                    }
                    return new EngineCatalog(name, properties);
                });
    }

    @Override
    public String toString() {
        return "GlueIcebergCatalogFactory";
    }
}
