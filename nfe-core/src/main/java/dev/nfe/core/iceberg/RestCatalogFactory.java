package dev.nfe.core.iceberg;

import dev.nfe.core.spi.ConfigDef;
import dev.nfe.core.spi.ConfigKey;
import dev.nfe.core.spi.ConfigSection;
import dev.nfe.core.spi.ConfigValues;
import dev.nfe.core.spi.PluginContext;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.apache.iceberg.CatalogProperties;
import org.apache.iceberg.CatalogUtil;
import org.apache.iceberg.catalog.SessionCatalog;
import org.apache.iceberg.rest.HTTPClient;
import org.apache.iceberg.rest.RESTClient;
import org.apache.iceberg.rest.RESTSessionCatalog;

/**
 * The {@code rest} Iceberg catalog: any server of the Iceberg REST catalog protocol (Amazon S3 Tables, Apache
 * Polaris, Nessie, Lakekeeper). Keys: {@code uri} (required), {@code warehouse} (the server's warehouse name or
 * location, if it needs one), {@code credential} ({@code client_id:client_secret} for OAuth2, a secret),
 * {@code token} (a bearer token, a secret), {@code name} (default {@code nfe}). Data and metadata files still go
 * through the lake's storage, so the server must hand out locations inside it.
 */
public final class RestCatalogFactory implements IcebergCatalogFactory {
    static final String URI = "uri";
    static final String WAREHOUSE = "warehouse";
    static final String CREDENTIAL = "credential";
    static final String TOKEN = "token";
    static final String NAME = "name";

    private static final ConfigDef DEFINITION = ConfigDef.of(
            ConfigKey.url(URI).required().doc("Base URL of the REST catalog server."),
            ConfigKey.string(WAREHOUSE).doc("The warehouse to ask the server for, if it serves several."),
            ConfigKey.string(CREDENTIAL).sensitive().doc("OAuth2 client credential, client_id:client_secret."),
            ConfigKey.string(TOKEN).sensitive().doc("A bearer token."),
            ConfigKey.string(NAME).withDefault("nfe").doc("The catalog's name."));

    private final Function<Map<String, String>, RESTClient> clients;

    /** The factory {@code ServiceLoader} instantiates: HTTP clients to the configured server. */
    public RestCatalogFactory() {
        this(config -> HTTPClient.builder(config).uri(config.get(CatalogProperties.URI)).build());
    }

    /** A factory whose catalogs talk to the server through the clients {@code clients} builds (tests, proxies). */
    public RestCatalogFactory(Function<Map<String, String>, RESTClient> clients) {
        this.clients = Objects.requireNonNull(clients, "clients");
    }

    @Override
    public String type() {
        return "rest";
    }

    @Override
    public ConfigDef configDef() {
        return DEFINITION;
    }

    @Override
    public Set<String> sensitiveKeys() {
        return Set.of(CREDENTIAL, TOKEN);
    }

    @Override
    public CatalogConnector create(ConfigSection config, PluginContext context) {
        ConfigValues values = config.bind(DEFINITION);
        Map<String, String> properties = new HashMap<>();
        properties.put(CatalogProperties.URI, values.uri(URI).toString());
        if (values.isSet(WAREHOUSE)) {
            properties.put(CatalogProperties.WAREHOUSE_LOCATION, values.string(WAREHOUSE));
        }
        if (values.isSet(CREDENTIAL)) {
            properties.put("credential", values.secret(CREDENTIAL).reveal());
        }
        if (values.isSet(TOKEN)) {
            properties.put("token", values.secret(TOKEN).reveal());
        }
        String name = values.string(NAME);
        return CatalogConnector.of(
                (storage, io) -> {
                    RESTSessionCatalog session = new RESTSessionCatalog(clients, (context2, ignored) -> io);
                    session.initialize(name, properties);
                    return session.asCatalog(SessionCatalog.SessionContext.createEmpty());
                },
                storage -> {
                    Map<String, String> all = new HashMap<>(properties);
                    all.put(CatalogUtil.ICEBERG_CATALOG_TYPE, CatalogUtil.ICEBERG_CATALOG_TYPE_REST);
                    return new EngineCatalog(name, all);
                });
    }
}
