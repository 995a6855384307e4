package dev.nfe.redshift.dialect;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/** Writes lists of quoted identifiers, the pieces every generated statement is made of. */
final class SqlLists {

    private SqlLists() {
    }

    /** {@code ("a", "b")}. */
    static String columnList(List<SqlIdentifier> columns) {
        return "(" + plain(columns) + ")";
    }

    /** {@code "a", "b"}. */
    static String plain(List<SqlIdentifier> columns) {
        StringJoiner list = new StringJoiner(", ");
        columns.forEach(column -> list.add(column.quoted()));
        return list.toString();
    }

    /** {@code alias."a", alias."b"}. */
    static String prefixed(String alias, List<SqlIdentifier> columns) {
        StringJoiner list = new StringJoiner(", ");
        columns.forEach(column -> list.add(alias + "." + column.quoted()));
        return list.toString();
    }

    /** The columns of {@code columns} that are not {@code keys}. */
    static List<SqlIdentifier> nonKeys(List<SqlIdentifier> columns, List<SqlIdentifier> keys) {
        List<SqlIdentifier> rest = new ArrayList<>(columns);
        rest.removeAll(keys);
        return List.copyOf(rest);
    }
}
