package dev.nfe.redshift;

import dev.nfe.core.spi.ConfigException;
import dev.nfe.core.spi.Table;
import dev.nfe.redshift.dialect.SqlIdentifier;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A {@link LoadRule} checked against the silver tables and scanned once: its placeholders substituted, its
 * parameters known, and the silver tables it reads.
 *
 * @param rule the rule
 * @param template the rule's query with placeholders substituted
 * @param staged the silver tables the query reads through {@code ${staging.…}}
 */
record CompiledRule(LoadRule rule, SqlTemplate template, List<Table> staged) {
    /** The parameters a rule may use. */
    static final Set<String> PARAMETERS = Set.of("batch_id", "ingest_date");
    static final String STAGING_PREFIX = "staging.";

    CompiledRule {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(template, "template");
        staged = List.copyOf(staged);
    }

    /**
     * Compiles {@code rule}.
     *
     * @throws ConfigException naming the rule for an unknown placeholder, silver table or parameter
     */
    static CompiledRule compile(LoadRule rule, Map<String, Table> silverTables, SqlIdentifier schema) {
        SqlTemplate template = SqlTemplate.parse(rule.source(), rule.sql(), name -> {
            if (name.equals("schema")) {
                return Optional.of(schema.quoted());
            }
            if (name.equals("target")) {
                return Optional.of(rule.target().qualifiedBy(schema));
            }
            if (name.startsWith(STAGING_PREFIX)) {
                String table = name.substring(STAGING_PREFIX.length());
                if (!silverTables.containsKey(table)) {
                    throw new ConfigException(rule.source() + ": ${" + name + "} names no silver table, expected one of "
                            + new TreeSet<>(silverTables.keySet()));
                }
                return Optional.of(stagingTable(table).quoted());
            }
            return Optional.empty();
        });
        for (String parameter : template.parameters()) {
            if (!PARAMETERS.contains(parameter)) {
                throw new ConfigException(rule.source() + ": unknown parameter :" + parameter + ", expected one of "
                        + new TreeSet<>(PARAMETERS));
            }
        }
        List<Table> staged = template.placeholders().stream()
                .filter(name -> name.startsWith(STAGING_PREFIX))
                .map(name -> silverTables.get(name.substring(STAGING_PREFIX.length())))
                .toList();
        return new CompiledRule(rule, template, staged);
    }

    /** The temporary table holding the staged rows of silver table {@code table}. */
    static SqlIdentifier stagingTable(String table) {
        return SqlIdentifier.of("nfe_stg_" + table);
    }
}
