package dev.nfe.redshift;

import dev.nfe.core.spi.ConfigException;
import java.util.Objects;

/**
 * A SQL script run before every load call, in its own transaction, to create what the rules need (target tables,
 * indexes). It must be idempotent ({@code CREATE TABLE IF NOT EXISTS}); {@code ${schema}} is the target schema.
 *
 * @param source where the script came from, for messages
 * @param sql its statements, separated by {@code ;}
 */
public record SetupScript(String source, String sql) {
    public SetupScript {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sql, "sql");
    }

    /**
     * The script at {@code location}: a file if one exists there, else a class path resource.
     *
     * @throws ConfigException if there is neither, or it cannot be read
     */
    public static SetupScript load(String location) {
        return load("", location);
    }

    /**
     * The script at {@code location}, given at {@code keyPath} of the configuration ({@code load.setup[0]}): a file if
     * one exists there, else a class path resource.
     *
     * @throws ConfigException naming {@code keyPath} if there is neither, or it cannot be read
     */
    public static SetupScript load(String keyPath, String location) {
        return new SetupScript(location, LoadRule.read(keyPath, location));
    }
}
