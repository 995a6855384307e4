package dev.nfe.redshift;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nfe.core.spi.ConfigException;
import dev.nfe.core.spi.Secret;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;

/**
 * Database credentials from a JSON secret in the shape AWS Secrets Manager uses for Redshift and RDS:
 * {@code {"host": …, "port": 5439, "dbname": …, "username": …, "password": …}}. Only {@code username} and
 * {@code password} are required; the password stays a {@link Secret}.
 *
 * @param host the server's host, if given
 * @param port its port, if given
 * @param dbname the database, if given
 * @param username the user
 * @param password the password
 */
record WarehouseSecret(Optional<String> host, Optional<Integer> port, Optional<String> dbname, String username,
        Secret password) {
    private static final ObjectMapper JSON = new ObjectMapper();

    WarehouseSecret {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(port, "port");
        Objects.requireNonNull(dbname, "dbname");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
    }

    /**
     * Parses {@code secret}; messages name {@code keyPath} and never show the value.
     *
     * @throws ConfigException if it is not such a JSON object
     */
    static WarehouseSecret parse(String keyPath, Secret secret) {
        JsonNode root;
        try {
            root = JSON.readTree(secret.reveal());
        } catch (IOException e) {
            throw new ConfigException(keyPath + ": the secret must be a JSON object with username and password, "
                    + "was not valid JSON");
        }
        if (root == null || !root.isObject() || !root.hasNonNull("username") || !root.hasNonNull("password")) {
            throw new ConfigException(keyPath + ": the secret must be a JSON object with username and password");
        }
        Optional<Integer> port = Optional.ofNullable(root.get("port")).filter(JsonNode::isValueNode)
                .map(JsonNode::asText).map(text -> parsePort(keyPath, text));
        return new WarehouseSecret(text(root, "host"), port, text(root, "dbname"), root.get("username").asText(),
                Secret.of(root.get("password").asText()));
    }

    /** {@code jdbc:<subprotocol>://host:port/dbname}, when the secret names the server. */
    Optional<String> url(String subprotocol, int defaultPort) {
        if (host.isEmpty() || dbname.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("jdbc:" + subprotocol + "://" + host.get() + ":" + port.orElse(defaultPort) + "/" + dbname.get());
    }

    private static Optional<String> text(JsonNode root, String field) {
        return Optional.ofNullable(root.get(field)).filter(JsonNode::isValueNode).map(JsonNode::asText)
                .filter(value -> !value.isBlank());
    }

    private static int parsePort(String keyPath, String text) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new ConfigException(keyPath + ": the secret's port must be a number, was " + text);
        }
    }

    @Override
    public String toString() {
        return "WarehouseSecret[" + username + "@" + host.orElse("?") + "]";
    }
}
