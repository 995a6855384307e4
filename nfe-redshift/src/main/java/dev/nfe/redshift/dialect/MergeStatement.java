package dev.nfe.redshift.dialect;

import java.util.List;
import java.util.StringJoiner;

/** Writes the standard {@code MERGE} statement that PostgreSQL 15+ and Redshift share. */
final class MergeStatement {

    private MergeStatement() {
    }

    static String write(String table, SqlIdentifier source, List<SqlIdentifier> columns, List<SqlIdentifier> keys,
            List<SqlIdentifier> updated) {
        StringJoiner on = new StringJoiner(" AND ");
        keys.forEach(key -> on.add(table + "." + key.quoted() + " = " + source.quoted() + "." + key.quoted()));
        StringBuilder sql = new StringBuilder("MERGE INTO ").append(table)
                .append("\nUSING ").append(source.quoted())
                .append("\nON ").append(on);
        if (!updated.isEmpty()) {
            StringJoiner set = new StringJoiner(", ");
            updated.forEach(column -> set.add(column.quoted() + " = " + source.quoted() + "." + column.quoted()));
            sql.append("\nWHEN MATCHED THEN UPDATE SET ").append(set);
        }
        return sql.append("\nWHEN NOT MATCHED THEN INSERT ").append(SqlLists.columnList(columns))
                .append(" VALUES (").append(SqlLists.prefixed(source.quoted(), columns)).append(')')
                .toString();
    }
}
