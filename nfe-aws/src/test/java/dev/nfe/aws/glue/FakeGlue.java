package dev.nfe.aws.glue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The part of the Glue JSON API an Iceberg catalog uses, in memory, as a WireMock transformer: databases, and tables
 * with a {@code VersionId} that {@code UpdateTable} must name (Glue's optimistic locking). Tests assert on the
 * requests WireMock records. {@link #conflictOnNextUpdate()} makes another writer win the next commit race.
 */
final class FakeGlue implements ResponseDefinitionTransformerV2 {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String AMZ_JSON = "application/x-amz-json-1.1";
    private static final String TARGET_PREFIX = "AWSGlue.";

    private final Map<String, ObjectNode> databases = new TreeMap<>();
    private final Map<String, ObjectNode> tables = new TreeMap<>();
    private final AtomicBoolean conflictOnNextUpdate = new AtomicBoolean();

    /** Before the next {@code UpdateTable} is checked, another writer commits the table (its version moves on). */
    void conflictOnNextUpdate() {
        conflictOnNextUpdate.set(true);
    }

    /** The stored table, as {@code GetTable} would return it. */
    synchronized JsonNode table(String database, String name) {
        return tables.get(database + "." + name).deepCopy();
    }

    @Override
    public synchronized ResponseDefinition transform(ServeEvent serveEvent) {
        String target = serveEvent.getRequest().getHeader("X-Amz-Target");
        JsonNode body;
        try {
            body = JSON.readTree(serveEvent.getRequest().getBodyAsString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String operation = target == null ? "" : target.substring(TARGET_PREFIX.length());
        return switch (operation) {
            case "GetDatabase" -> getDatabase(body.path("Name").asText());
            case "CreateDatabase" -> createDatabase((ObjectNode) body.path("DatabaseInput"));
            case "GetTable" -> getTable(body.path("DatabaseName").asText(), body.path("Name").asText());
            case "GetTables" -> getTables(body.path("DatabaseName").asText());
            case "CreateTable" -> createTable(body.path("DatabaseName").asText(), (ObjectNode) body.path("TableInput"));
            case "UpdateTable" -> updateTable(body.path("DatabaseName").asText(), (ObjectNode) body.path("TableInput"),
                    body.path("VersionId").asText(null));
            default -> error("InvalidInputException", "not served by the fake: " + operation);
        };
    }

    private ResponseDefinition getDatabase(String name) {
        ObjectNode database = databases.get(name);
        if (database == null) {
            return error("EntityNotFoundException", "Database " + name + " not found.");
        }
        return ok(JSON.createObjectNode().set("Database", database));
    }

    private ResponseDefinition createDatabase(ObjectNode input) {
        String name = input.path("Name").asText();
        if (databases.containsKey(name)) {
            return error("AlreadyExistsException", "Database already exists.");
        }
        databases.put(name, input.deepCopy());
        return ok(JSON.createObjectNode());
    }

    private ResponseDefinition getTable(String database, String name) {
        if (!databases.containsKey(database)) {
            return error("EntityNotFoundException", "Database " + database + " not found.");
        }
        ObjectNode table = tables.get(database + "." + name);
        if (table == null) {
            return error("EntityNotFoundException", "Table " + name + " not found.");
        }
        return ok(JSON.createObjectNode().set("Table", table));
    }

    private ResponseDefinition getTables(String database) {
        if (!databases.containsKey(database)) {
            return error("EntityNotFoundException", "Database " + database + " not found.");
        }
        ArrayNode list = JSON.createArrayNode();
        tables.values().stream().filter(table -> table.path("DatabaseName").asText().equals(database))
                .forEach(list::add);
        return ok(JSON.createObjectNode().set("TableList", list));
    }

    private ResponseDefinition createTable(String database, ObjectNode input) {
        if (!databases.containsKey(database)) {
            return error("EntityNotFoundException", "Database " + database + " not found.");
        }
        String key = database + "." + input.path("Name").asText();
        if (tables.containsKey(key)) {
            return error("AlreadyExistsException", "Table already exists.");
        }
        tables.put(key, stored(database, input, 1));
        return ok(JSON.createObjectNode());
    }

    private ResponseDefinition updateTable(String database, ObjectNode input, String versionId) {
        String key = database + "." + input.path("Name").asText();
        ObjectNode table = tables.get(key);
        if (table == null) {
            return error("EntityNotFoundException", "Table " + key + " not found.");
        }
        int current = table.path("VersionId").asInt();
        if (conflictOnNextUpdate.getAndSet(false)) {
            current++;
            table.put("VersionId", Integer.toString(current));
        }
        if (versionId != null && Integer.parseInt(versionId) != current) {
            return error("ConcurrentModificationException", "Update table failed due to concurrent modifications.");
        }
        tables.put(key, stored(database, input, current + 1));
        return ok(JSON.createObjectNode());
    }

    private static ObjectNode stored(String database, ObjectNode input, int version) {
        ObjectNode table = input.deepCopy();
        table.put("DatabaseName", database);
        table.put("VersionId", Integer.toString(version));
        return table;
    }

    private static ResponseDefinition ok(JsonNode body) {
        return new ResponseDefinitionBuilder().withStatus(200).withHeader("Content-Type", AMZ_JSON)
                .withBody(body.toString()).build();
    }

    private static ResponseDefinition error(String type, String message) {
        ObjectNode body = JSON.createObjectNode().put("__type", type).put("Message", message);
        return new ResponseDefinitionBuilder().withStatus(400)
                .withHeader("Content-Type", AMZ_JSON).withBody(body.toString()).build();
    }

    @Override
    public boolean applyGlobally() {
        return true;
    }

    @Override
    public String getName() {
        return "fake-glue";
    }
}
