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
import java.util.stream.Collectors;

/**
 * A {@link LoadRule} checked against the silver tables and scanned once: its placeholders substituted, its
 * parameters known, and the silver tables it reads.
 *
 * @param rule the rule
 * @param template the rule's query with placeholders substituted
 * @param staged the silver tables the query reads through {@code ${staging.…}}
 * @param references what the query can read of the staging tables
 */
record CompiledRule(LoadRule rule, SqlTemplate template, List<Table> staged, ColumnReferences references) {
    /** The parameters a rule may use. */
    static final Set<String> PARAMETERS = Set.of("batch_id", "ingest_date");
    static final String STAGING_PREFIX = "staging.";

    CompiledRule {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(template, "template");
        staged = List.copyOf(staged);
        Objects.requireNonNull(references, "references");
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
        Set<String> stagingTables = silverTables.keySet().stream()
                .map(table -> stagingTable(table).name())
                .collect(Collectors.toSet());
        return new CompiledRule(rule, template, staged, ColumnReferences.scan(template.sql(), stagingTables));
    }

    /** Whether the query may read column {@code column} of silver table {@code table}'s staging table. */
    boolean reads(Table table, String column) {
        return references.reads(stagingTable(table.name()).name(), column);
    }

    /** The temporary table holding the staged rows of silver table {@code table}. */
    static SqlIdentifier stagingTable(String table) {
        return SqlIdentifier.of("nfe_stg_" + table);
    }
}
