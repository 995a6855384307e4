package dev.nfe.aws.glue;

import dev.nfe.core.spi.Batch;
import dev.nfe.core.spi.BatchFile;
import dev.nfe.core.spi.CatalogRegistrar;
import dev.nfe.core.spi.NfeException;
import dev.nfe.core.spi.Table;
import dev.nfe.core.spi.TransientException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.glue.model.AlreadyExistsException;
import software.amazon.awssdk.services.glue.model.BatchCreatePartitionResponse;
import software.amazon.awssdk.services.glue.model.Column;
import software.amazon.awssdk.services.glue.model.DatabaseInput;
import software.amazon.awssdk.services.glue.model.EntityNotFoundException;
import software.amazon.awssdk.services.glue.model.PartitionError;
import software.amazon.awssdk.services.glue.model.PartitionInput;
import software.amazon.awssdk.services.glue.model.TableInput;

/**
 * Keeps a Glue database in step with the lake: one external Parquet table per lake table, created when missing and
 * updated when the table gains a column (columns are never dropped), and one partition per table and committed batch.
 *
 * <p>Called only after a batch's manifest is written, so a partition Athena can see always holds a complete batch.
 * Idempotent and safe to run from several functions at once: a database, table or partition that another run created
 * first is taken as it is. Tables checked once are remembered for the life of the instance, so a warm function makes
 * one Glue call per table of a batch, the one adding its partition. Throttling, server errors and network failures
 * surface as {@link TransientException}.
 */
final class GlueCatalogRegistrar implements CatalogRegistrar {
    private static final Logger log = LoggerFactory.getLogger(GlueCatalogRegistrar.class);
    private static final String ALREADY_EXISTS = "AlreadyExistsException";
    private static final int SERVER_ERROR = 500;

    private final GlueClient client;
    private final Optional<String> catalogId;
    private final String database;
    private final String location;
    private final String tablePrefix;
    private final Set<String> checkedTables = ConcurrentHashMap.newKeySet();
    private volatile boolean databaseChecked;

    /**
     * @param client the Glue client, shared and closed by its owner
     * @param catalogId the account whose catalog is used; the caller's when empty
     * @param database the database holding the tables
     * @param location the storage root as an {@code s3://bucket/prefix/} URI, ending with {@code /}
     * @param tablePrefix put before every table name
     */
    GlueCatalogRegistrar(GlueClient client, Optional<String> catalogId, String database, String location,
            String tablePrefix) {
        this.client = Objects.requireNonNull(client, "client");
        this.catalogId = Objects.requireNonNull(catalogId, "catalogId");
        this.database = Objects.requireNonNull(database, "database");
        this.location = Objects.requireNonNull(location, "location");
        this.tablePrefix = Objects.requireNonNull(tablePrefix, "tablePrefix");
        if (!location.endsWith("/")) {
            throw new IllegalArgumentException("Cannot register tables at " + location + ": must end with /");
        }
    }

    @Override
    public void register(Batch batch, List<Table> tables) {
        ensureDatabase();
        for (Table table : tables) {
            ensureTable(batch.layer(), table);
        }
        addPartitions(batch, tables);
    }

    private void ensureDatabase() {
        if (databaseChecked) {
            return;
        }
        try {
            client.createDatabase(request -> request.catalogId(catalogId.orElse(null))
                    .databaseInput(DatabaseInput.builder().name(database)
                            .description("NF-e lake tables, registered by nfe-pipeline").build()));
            log.info("Created Glue database {}", database);
        } catch (AlreadyExistsException e) {
            log.debug("Glue database {} exists", database);
        } catch (SdkException e) {
            throw failure("create Glue database " + database, e);
        }
        databaseChecked = true;
    }

    private void ensureTable(String layer, Table table) {
        String name = tablePrefix + table.name();
        String signature = name + GlueSchema.columns(table, List.of());
        if (checkedTables.contains(signature)) {
            return;
        }
        String tableLocation = tableLocation(layer, table.name());
        try {
            Optional<List<Column>> existing = existingColumns(name);
            if (existing.isEmpty()) {
                try {
                    client.createTable(request -> request.catalogId(catalogId.orElse(null)).databaseName(database)
                            .tableInput(GlueSchema.tableInput(name, tableLocation, GlueSchema.columns(table, List.of()))));
                    log.info("Created Glue table {}.{} at {}", database, name, tableLocation);
                } catch (AlreadyExistsException e) {
                    update(name, tableLocation, table, existingColumns(name).orElse(List.of()));
                }
            } else {
                update(name, tableLocation, table, existing.get());
            }
        } catch (SdkException e) {
            throw failure("create or update Glue table " + database + "." + name, e);
        }
        checkedTables.add(signature);
    }

    private Optional<List<Column>> existingColumns(String name) {
        try {
            return Optional.of(client.getTable(request -> request.catalogId(catalogId.orElse(null))
                    .databaseName(database).name(name)).table().storageDescriptor().columns());
        } catch (EntityNotFoundException e) {
            return Optional.empty();
        }
    }

    private void update(String name, String tableLocation, Table table, List<Column> existing) {
        List<Column> columns = GlueSchema.columns(table, existing);
        if (GlueSchema.sameColumns(columns, existing)) {
            return;
        }
        TableInput input = GlueSchema.tableInput(name, tableLocation, columns);
        client.updateTable(request -> request.catalogId(catalogId.orElse(null)).databaseName(database)
                .tableInput(input));
        log.info("Updated Glue table {}.{} to {} columns", database, name, columns.size());
    }

    private void addPartitions(Batch batch, List<Table> tables) {
        Set<String> withFiles = new LinkedHashSet<>();
        batch.files().stream().map(BatchFile::table).forEach(withFiles::add);
        for (String tableName : withFiles) {
            Table table = tables.stream().filter(candidate -> candidate.name().equals(tableName)).findFirst()
                    .orElseThrow(() -> new NfeException("Cannot register batch " + batch.id() + ": it holds files of"
                            + " table " + tableName + ", which is not among the tables to register"));
            PartitionInput partition = PartitionInput.builder()
                    .values(batch.ingestDate().toString(), batch.id())
                    .storageDescriptor(GlueSchema.storage(tableLocation(batch.layer(), tableName)
                                    + "ingest_date=" + batch.ingestDate() + "/batch=" + batch.id() + "/",
                            GlueSchema.columns(table, List.of())))
                    .build();
            createPartition(batch, tablePrefix + tableName, partition);
        }
        log.info("Registered batch {} in Glue database {}: {} partitions", batch.id(), database, withFiles.size());
    }

    /** Adds one partition; BatchCreatePartition reports an existing partition as an error entry, not an exception. */
    private void createPartition(Batch batch, String table, PartitionInput partition) {
        BatchCreatePartitionResponse response;
        try {
            response = client.batchCreatePartition(request -> request.catalogId(catalogId.orElse(null))
                    .databaseName(database).tableName(table).partitionInputList(partition));
        } catch (SdkException e) {
            throw failure("add the partition of batch " + batch.id() + " to Glue table " + database + "." + table, e);
        }
        for (PartitionError error : response.errors()) {
            if (!ALREADY_EXISTS.equals(error.errorDetail().errorCode())) {
                throw new NfeException("Cannot add partition " + error.partitionValues() + " to Glue table "
                        + database + "." + table + ": " + error.errorDetail().errorCode() + " "
                        + error.errorDetail().errorMessage());
            }
        }
    }

    @Override
    public String toString() {
        return "GlueCatalogRegistrar[database=" + database + ", location=" + location + ", tablePrefix=" + tablePrefix
                + "]";
    }

    private String tableLocation(String layer, String table) {
        return location + layer + "/" + table + "/";
    }

    private static NfeException failure(String action, SdkException e) {
        String message = "Cannot " + action + ": " + e.getMessage();
        if (e instanceof SdkClientException
                || e instanceof AwsServiceException service
                        && (service.isThrottlingException() || service.statusCode() >= SERVER_ERROR)) {
            return new TransientException(message, e);
        }
        return new NfeException(message, e);
    }
}
