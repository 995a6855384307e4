package org.apache.iceberg.aws.glue;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.iceberg.BaseMetastoreCatalog;
import org.apache.iceberg.CatalogUtil;
import org.apache.iceberg.TableMetadata;
import org.apache.iceberg.TableOperations;
import org.apache.iceberg.aws.AwsProperties;
import org.apache.iceberg.aws.s3.S3FileIOProperties;
import org.apache.iceberg.catalog.Catalog;
import org.apache.iceberg.catalog.Namespace;
import org.apache.iceberg.catalog.SupportsNamespaces;
import org.apache.iceberg.catalog.TableIdentifier;
import org.apache.iceberg.exceptions.NamespaceNotEmptyException;
import org.apache.iceberg.exceptions.NoSuchNamespaceException;
import org.apache.iceberg.exceptions.NotFoundException;
import org.apache.iceberg.io.FileIO;
import software.amazon.awssdk.services.glue.GlueClient;

/**
 * The Iceberg Glue catalog on a Glue client and a {@link FileIO} its caller built, for {@code dev.nfe.aws.glue}; not
 * API. Iceberg 1.10's {@link GlueCatalog} builds its own client in its public {@code initialize(String, Map)} and
 * makes its tables' file IO from a class name, so a file IO bound to a live object (the lake's storage) cannot be
 * handed to it. This class lives in Iceberg's package only to reach what can: the package-private
 * {@code initialize} that takes a client, and {@link GlueTableOperations}, whose {@code io()} it overrides. Tables
 * are committed by those operations (Glue's optimistic locking: {@code UpdateTable} with the {@code VersionId} read
 * at refresh, so no lock manager); namespaces, listing, renames and drops are the {@link GlueCatalog}'s. Closing
 * this catalog closes the client. Thread-safe.
 */
public final class FileIOGlueCatalog extends BaseMetastoreCatalog implements SupportsNamespaces {
    private final String name;
    private final String warehouse;
    private final GlueClient client;
    private final AwsProperties awsProperties;
    /** No catalog properties: everything they could say is in the AWS properties, the client or the file IO. */
    private static final Map<String, String> PROPERTIES = Map.of();

    private final FileIO io;
    /** The same {@link GlueCatalog}, seen through the interfaces it is used by (its own type needs Hadoop to compile). */
    private final Catalog glueTables;
    private final SupportsNamespaces glueNamespaces;
    private final Closeable glueResources;

    private FileIOGlueCatalog(String name, String warehouse, AwsProperties awsProperties, GlueClient client,
            FileIO io) {
        this.name = Objects.requireNonNull(name, "name");
        this.warehouse = stripTrailingSlash(Objects.requireNonNull(warehouse, "warehouse"));
        this.awsProperties = Objects.requireNonNull(awsProperties, "awsProperties");
        this.client = Objects.requireNonNull(client, "client");
        this.io = Objects.requireNonNull(io, "io");
        GlueCatalog glue = new GlueCatalog();
        glue.initialize(name, this.warehouse, awsProperties, new S3FileIOProperties(), client, null, PROPERTIES);
        this.glueTables = glue;
        this.glueNamespaces = glue;
        this.glueResources = glue;
    }

    /**
     * A catalog named {@code name} whose tables default to locations under {@code warehouse}, configured by
     * {@code awsProperties} (catalog id, skip-archive), talking to Glue through {@code client}, which it then owns,
     * and reading and writing every file through {@code io}. Build {@code awsProperties} with its no-argument
     * constructor and setters: its map constructor needs the STS SDK.
     */
    public static FileIOGlueCatalog open(String name, String warehouse, AwsProperties awsProperties,
            GlueClient client, FileIO io) {
        return new FileIOGlueCatalog(name, warehouse, awsProperties, client, io);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    protected TableOperations newTableOps(TableIdentifier identifier) {
        return new GlueTableOperations(client, null, name, awsProperties, PROPERTIES, null, identifier) {
            @Override
            public FileIO io() {
                return io;
            }
        };
    }

    @Override
    protected boolean isValidIdentifier(TableIdentifier identifier) {
        return IcebergToGlueConverter.isValidNamespace(identifier.namespace());
    }

    /** Glue's default when the database names no location: {@code <warehouse>/<database>.db/<table>}. */
    @Override
    protected String defaultWarehouseLocation(TableIdentifier identifier) {
        return warehouse + "/" + IcebergToGlueConverter.getDatabaseName(identifier,
                awsProperties.glueCatalogSkipNameValidation()) + ".db/" + identifier.name();
    }

    @Override
    protected Map<String, String> properties() {
        return PROPERTIES;
    }

    @Override
    public List<TableIdentifier> listTables(Namespace namespace) {
        return glueTables.listTables(namespace);
    }

    /** Drops the Glue table; with {@code purge}, then deletes its files through this catalog's file IO. */
    @Override
    public boolean dropTable(TableIdentifier identifier, boolean purge) {
        TableMetadata last = null;
        if (purge) {
            try {
                last = newTableOps(identifier).current();
            } catch (NotFoundException e) {
                // the metadata file is gone: drop the pointer, there is nothing to purge
            }
        }
        boolean dropped = glueTables.dropTable(identifier, false);
        if (dropped && last != null) {
            CatalogUtil.dropTableData(io, last);
        }
        return dropped;
    }

    @Override
    public void renameTable(TableIdentifier from, TableIdentifier to) {
        glueTables.renameTable(from, to);
    }

    @Override
    public void createNamespace(Namespace namespace, Map<String, String> metadata) {
        glueNamespaces.createNamespace(namespace, metadata);
    }

    @Override
    public List<Namespace> listNamespaces(Namespace namespace) throws NoSuchNamespaceException {
        return glueNamespaces.listNamespaces(namespace);
    }

    @Override
    public Map<String, String> loadNamespaceMetadata(Namespace namespace) throws NoSuchNamespaceException {
        return glueNamespaces.loadNamespaceMetadata(namespace);
    }

    @Override
    public boolean dropNamespace(Namespace namespace) throws NamespaceNotEmptyException {
        return glueNamespaces.dropNamespace(namespace);
    }

    @Override
    public boolean setProperties(Namespace namespace, Map<String, String> metadata) throws NoSuchNamespaceException {
        return glueNamespaces.setProperties(namespace, metadata);
    }

    @Override
    public boolean removeProperties(Namespace namespace, Set<String> keys) throws NoSuchNamespaceException {
        return glueNamespaces.removeProperties(namespace, keys);
    }

    @Override
    public void close() throws IOException {
        try {
            glueResources.close();
        } finally {
            super.close();
        }
    }

    @Override
    public String toString() {
        return "FileIOGlueCatalog[" + name + ", " + io + "]";
    }

    private static String stripTrailingSlash(String location) {
        String stripped = location;
        while (stripped.endsWith("/") && !stripped.endsWith("://")) {
            stripped = stripped.substring(0, stripped.length() - 1);
        }
        return stripped;
    }
}
