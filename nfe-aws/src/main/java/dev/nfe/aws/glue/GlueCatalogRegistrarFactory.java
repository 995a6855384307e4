package dev.nfe.aws.glue;

import dev.nfe.core.spi.CatalogRegistrar;
import dev.nfe.core.spi.CatalogRegistrarFactory;
import dev.nfe.core.spi.ConfigDef;
import dev.nfe.core.spi.ConfigKey;
import dev.nfe.core.spi.ConfigSection;
import dev.nfe.core.spi.ConfigValues;
import dev.nfe.core.spi.NfeException;
import dev.nfe.core.spi.PluginCheck;
import dev.nfe.core.spi.PluginContext;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.glue.model.EntityNotFoundException;

/**
 * Builds the {@code glue} catalog registrar from
 * {@code { type: glue, database: nfe_lake, location: s3://my-lake/nfe/ }}; its keys are declared in
 * {@link #configDef()}. {@code location} is the storage root as an S3 URI (the {@code s3} storage's bucket and
 * prefix), so that a table's files are at {@code <location><layer>/<table>/}. Credentials come from the AWS default
 * chain. The client is built once.
 */
public final class GlueCatalogRegistrarFactory implements CatalogRegistrarFactory, PluginCheck {
    /** Key of the database. */
    public static final String DATABASE = "database";
    /** Key of the storage root as an S3 URI. */
    public static final String LOCATION = "location";
    /** Key of the prefix of every table name. */
    public static final String TABLE_PREFIX = "tablePrefix";
    /** Key of the account whose catalog is used. */
    public static final String CATALOG_ID = "catalogId";
    /** Key of the region. */
    public static final String REGION = GlueClients.REGION;
    /** Key of the endpoint of a Glue-compatible server. */
    public static final String ENDPOINT = GlueClients.ENDPOINT;

    private static final ConfigDef DEFINITION = ConfigDef.of(
            ConfigKey.string(DATABASE).required().matching("[a-z0-9_]{1,255}")
                    .doc("The Glue database holding the tables; created when missing."),
            ConfigKey.string(LOCATION).required().matching("s3://[a-z0-9][a-z0-9.-]{1,61}[a-z0-9](/[^\\s]*)?")
                    .doc("The storage root as an S3 URI, the s3 storage's bucket and prefix, e.g. s3://my-lake/nfe/;"
                            + " a table's files are under <location><layer>/<table>/."),
            ConfigKey.string(TABLE_PREFIX).withDefault("").matching("[a-z0-9_]*")
                    .doc("Put before every table name, e.g. silver_; empty for none."),
            ConfigKey.string(CATALOG_ID).matching("[0-9]{12}")
                    .doc("The AWS account id whose Data Catalog holds the database; the caller's when absent."),
            ConfigKey.string(REGION)
                    .doc("The catalog's AWS region; taken from the AWS default chain when absent."),
            ConfigKey.uri(ENDPOINT)
                    .doc("The endpoint of a Glue-compatible server; AWS's own endpoint when absent."));

    @Override
    public String type() {
        return "glue";
    }

    @Override
    public ConfigDef configDef() {
        return DEFINITION;
    }

    @Override
    public CatalogRegistrar create(ConfigSection config, PluginContext context) {
        ConfigValues values = config.bind(DEFINITION);
        String location = values.string(LOCATION);
        return new GlueCatalogRegistrar(GlueClients.create(values),
                values.isSet(CATALOG_ID) ? Optional.of(values.string(CATALOG_ID)) : Optional.empty(),
                values.string(DATABASE), location.endsWith("/") ? location : location + "/",
                values.string(TABLE_PREFIX));
    }

    /** Offline: nothing beyond the declared keys. */
    @Override
    public List<String> offlineProblems(ConfigSection config) {
        return List.of();
    }

    /** Online: reads the database ({@code glue:GetDatabase}); a missing one is created by the first transform. */
    @Override
    public String tryConnection(ConfigSection config, PluginContext context) {
        ConfigValues values = config.bind(DEFINITION);
        String database = values.string(DATABASE);
        try (GlueClient client = GlueClients.create(values)) {
            client.getDatabase(request -> request.name(database)
                    .catalogId(values.isSet(CATALOG_ID) ? values.string(CATALOG_ID) : null));
            return "database " + database + " exists";
        } catch (EntityNotFoundException e) {
            return "database " + database + " does not exist yet; the first transform creates it";
        } catch (SdkException e) {
            throw new NfeException("cannot read Glue database " + database + ": " + e.getMessage(), e);
        }
    }
}
