package dev.nfe.redshift.dialect;

import dev.nfe.core.spi.ConfigException;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A validated SQL identifier (schema, table or column name) that is always written quoted. Names from configuration
 * and rule files become SQL only through this type, so nothing but {@code [A-Za-z_][A-Za-z0-9_]{0,62}} ever reaches a
 * statement as a name; values are bound as parameters instead.
 *
 * @param name the unquoted name
 */
public record SqlIdentifier(String name) {
    private static final Pattern VALID = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");

    /**
     * @throws ConfigException if {@code name} is not a letter or underscore followed by up to 62 letters, digits or
     *     underscores
     */
    public SqlIdentifier {
        Objects.requireNonNull(name, "name");
        if (!VALID.matcher(name).matches()) {
            throw new ConfigException("Invalid SQL identifier '" + name + "': must match " + VALID.pattern());
        }
    }

    /** The identifier {@code name}. */
    public static SqlIdentifier of(String name) {
        return new SqlIdentifier(name);
    }

    /** Whether {@code name} would be a valid identifier. */
    public static boolean isValid(String name) {
        return name != null && VALID.matcher(name).matches();
    }

    /** The name in double quotes, as it appears in SQL. */
    public String quoted() {
        return '"' + name + '"';
    }

    /** {@code "schema"."this"}. */
    public String qualifiedBy(SqlIdentifier schema) {
        return schema.quoted() + "." + quoted();
    }

    @Override
    public String toString() {
        return quoted();
    }
}
