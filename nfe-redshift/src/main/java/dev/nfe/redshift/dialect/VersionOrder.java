package dev.nfe.redshift.dialect;

import java.util.List;
import java.util.StringJoiner;

/**
 * How a merge rule's {@code @version} columns order two rows in SQL: column by column, later columns breaking ties,
 * NULL older than every value. NULLs are placed with {@code IS NULL} tests, which both warehouses read alike, rather
 * than by their NULL ordering defaults.
 */
final class VersionOrder {

    private VersionOrder() {
    }

    /** The {@code ORDER BY} terms over {@code w}'s {@code version}, latest first; empty for no version. */
    static List<String> latestFirst(List<SqlIdentifier> version) {
        return version.stream()
                .flatMap(v -> List.of("CASE WHEN w." + v.quoted() + " IS NULL THEN 0 ELSE 1 END DESC",
                        "w." + v.quoted() + " DESC").stream())
                .toList();
    }

    /** The condition that {@code t}'s {@code version} is greater than {@code d}'s. */
    static String newer(List<SqlIdentifier> version) {
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

    /** {@code AND NOT EXISTS (…)}: no row of {@code table} with {@code d}'s key has a greater version. */
    static String noNewerRowIn(String table, List<SqlIdentifier> keys, List<SqlIdentifier> version) {
        StringJoiner match = new StringJoiner(" AND ");
        keys.forEach(key -> match.add("t." + key.quoted() + " = d." + key.quoted()));
        return "NOT EXISTS (SELECT 1 FROM " + table + " AS t WHERE " + match + " AND " + newer(version) + ")";
    }
}
