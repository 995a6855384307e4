package dev.nfe.redshift.dialect;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * The statement that narrows a merge rule's rows to the latest per key before the merge: of the rows with one key,
 * the one with the greatest {@code @version}, and only if the target holds no row of that key with a greater version.
 * Versions compare column by column, later columns breaking ties, and NULL is older than every value, placed with
 * {@code IS NULL} tests, which both warehouses read alike, rather than by their NULL ordering defaults.
 */
final class LatestPerKey {

    private LatestPerKey() {
    }

    /** With {@code ROW_NUMBER()}, which both warehouses run: every row numbered within its key, the first kept. */
    static SqlStatement byRowNumber(SqlIdentifier source, String ruleSql, List<Object> parameters, String target,
            List<SqlIdentifier> columns, List<SqlIdentifier> keys, List<SqlIdentifier> version) {
        StringJoiner order = new StringJoiner(", ", " ORDER BY ", "").setEmptyValue("");
        latestFirst(version).forEach(order::add);
        String latestRows = "  SELECT " + SqlLists.prefixed("w", columns) + ", ROW_NUMBER() OVER (PARTITION BY "
                + SqlLists.prefixed("w", keys) + order + ") AS nfe_row_number\n  FROM (\n" + ruleSql + "\n) AS w";
        return insert(source, parameters, target, columns, keys, version, latestRows,
                List.of("d.nfe_row_number = 1"));
    }

    /**
     * With PostgreSQL's {@code DISTINCT ON}, which keeps the first row of each key straight from the sort by key and
     * version, without numbering every row.
     */
    static SqlStatement byDistinctOn(SqlIdentifier source, String ruleSql, List<Object> parameters, String target,
            List<SqlIdentifier> columns, List<SqlIdentifier> keys, List<SqlIdentifier> version) {
        StringJoiner order = new StringJoiner(", ", "\n  ORDER BY ", "");
        keys.forEach(key -> order.add("w." + key.quoted()));
        latestFirst(version).forEach(order::add);
        String latestRows = "  SELECT DISTINCT ON (" + SqlLists.prefixed("w", keys) + ") "
                + SqlLists.prefixed("w", columns) + "\n  FROM (\n" + ruleSql + "\n) AS w" + order;
        return insert(source, parameters, target, columns, keys, version, latestRows, List.of());
    }

    /**
     * {@code INSERT INTO source} of the {@code columns} of {@code latestRows} (as {@code d}) that meet
     * {@code conditions}, and that no row of {@code target} outdates when there is a version.
     */
    private static SqlStatement insert(SqlIdentifier source, List<Object> parameters, String target,
            List<SqlIdentifier> columns, List<SqlIdentifier> keys, List<SqlIdentifier> version, String latestRows,
            List<String> conditions) {
        List<String> kept = new ArrayList<>(conditions);
        if (!version.isEmpty()) {
            kept.add(noNewerRowIn(target, keys, version));
        }
        StringJoiner where = new StringJoiner("\n  AND ", "\nWHERE ", "").setEmptyValue("");
        kept.forEach(where::add);
        return new SqlStatement("INSERT INTO " + source.quoted() + " " + SqlLists.columnList(columns) + "\nSELECT "
                + SqlLists.prefixed("d", columns) + "\nFROM (\n" + latestRows + "\n) AS d" + where, parameters);
    }

    /** The {@code ORDER BY} terms over {@code w}'s {@code version}, latest first; empty for no version. */
    private static List<String> latestFirst(List<SqlIdentifier> version) {
        return version.stream()
                .flatMap(v -> List.of("CASE WHEN w." + v.quoted() + " IS NULL THEN 0 ELSE 1 END DESC",
                        "w." + v.quoted() + " DESC").stream())
                .toList();
    }

    /** {@code NOT EXISTS (…)}: no row of {@code table} with {@code d}'s key has a greater version. */
    private static String noNewerRowIn(String table, List<SqlIdentifier> keys, List<SqlIdentifier> version) {
        StringJoiner match = new StringJoiner(" AND ");
        keys.forEach(key -> match.add("t." + key.quoted() + " = d." + key.quoted()));
        return "NOT EXISTS (SELECT 1 FROM " + table + " AS t WHERE " + match + " AND " + newer(version) + ")";
    }

    /** The condition that {@code t}'s {@code version} is greater than {@code d}'s. */
    private static String newer(List<SqlIdentifier> version) {
        StringJoiner any = new StringJoiner(" OR ", "(", ")");
        for (int i = 0; i < version.size(); i++) {
            StringJoiner term = new StringJoiner(" AND ", "(", ")");
            for (SqlIdentifier equal : version.subList(0, i)) {
                String t = "t." + equal.quoted();
                String d = "d." + equal.quoted();
                term.add("(" + t + " = " + d + " OR (" + t + " IS NULL AND " + d + " IS NULL))");
            }
            String t = "t." + version.get(i).quoted();
            String d = "d." + version.get(i).quoted();
            term.add("(" + t + " > " + d + " OR (" + t + " IS NOT NULL AND " + d + " IS NULL))");
            any.add(term.toString());
        }
        return any.toString();
    }
}
