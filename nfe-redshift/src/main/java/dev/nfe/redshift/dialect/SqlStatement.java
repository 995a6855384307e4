package dev.nfe.redshift.dialect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One SQL statement with its positional ({@code ?}) parameters, in order. Parameters may be {@code null}.
 *
 * @param sql the statement text
 * @param parameters the values bound to its {@code ?} markers
 */
public record SqlStatement(String sql, List<Object> parameters) {
    public SqlStatement {
        Objects.requireNonNull(sql, "sql");
        parameters = Collections.unmodifiableList(new ArrayList<>(parameters));
    }

    /** A statement without parameters. */
    public static SqlStatement of(String sql) {
        return new SqlStatement(sql, List.of());
    }

    /** A statement with {@code parameters}. */
    public static SqlStatement of(String sql, Object... parameters) {
        return new SqlStatement(sql, Arrays.asList(parameters));
    }
}
