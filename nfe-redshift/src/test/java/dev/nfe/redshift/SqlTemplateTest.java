package dev.nfe.redshift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nfe.core.spi.ConfigException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Placeholders and named parameters are replaced in SQL code only, never inside literals or comments. */
class SqlTemplateTest {
    private static final Function<String, Optional<String>> NAMES = name -> Optional.ofNullable(Map.of(
            "schema", "\"sales\"", "staging.nfe", "\"nfe_stg_nfe\"").get(name));

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "SELECT * FROM ${staging.nfe} WHERE batch_id = :batch_id | SELECT * FROM \"nfe_stg_nfe\" WHERE batch_id = ? | batch_id",
            "SELECT ':batch_id', '${schema}' FROM t | SELECT ':batch_id', '${schema}' FROM t | ",
            "SELECT x::date, :ingest_date::date FROM t | SELECT x::date, ?::date FROM t | ingest_date",
            "SELECT 1 -- :batch_id ${schema} | SELECT 1 -- :batch_id ${schema} | ",
            "SELECT /* :a */ \"col:umn\" FROM ${schema}.t | SELECT /* :a */ \"col:umn\" FROM \"sales\".t | ",
            "SELECT $$ :x $$, $q$ ${schema} $q$ | SELECT $$ :x $$, $q$ ${schema} $q$ | ",
            "SELECT 'it''s :x', :batch_id, :batch_id | SELECT 'it''s :x', ?, ? | batch_id;batch_id",
    })
    void parse_replacesOnlyOutsideLiteralsAndComments(String text, String sql, String parameters) {
        SqlTemplate template = SqlTemplate.parse("rule.sql", text, NAMES);

        assertThat(template.sql()).isEqualTo(sql);
        assertThat(template.parameters()).isEqualTo(parameters == null ? List.of() : List.of(parameters.split(";")));
    }

    @Test
    void parse_unknownPlaceholder_namesTheFileAndPlaceholder() {
        assertThatThrownBy(() -> SqlTemplate.parse("rule.sql", "SELECT * FROM ${staging.nope}", NAMES))
                .isInstanceOf(ConfigException.class)
                .hasMessage("rule.sql: unknown placeholder ${staging.nope}");
    }

    @Test
    void parse_unclosedLiteral_isReported() {
        assertThatThrownBy(() -> SqlTemplate.parse("rule.sql", "SELECT 'oops", NAMES))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("rule.sql: unclosed string literal");
    }

    @Test
    void parse_twoStatements_isRejectedForARule() {
        assertThatThrownBy(() -> SqlTemplate.parse("rule.sql", "SELECT 1; SELECT 2", NAMES))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("more than one statement");
    }

    @Test
    void parse_trailingSemicolon_isDropped() {
        assertThat(SqlTemplate.parse("rule.sql", "SELECT 1;\n", NAMES).sql()).isEqualTo("SELECT 1");
    }

    @Test
    void parseScript_splitsAtTopLevelSemicolonsOnly() {
        List<SqlTemplate> statements = SqlTemplate.parseScript("setup.sql",
                "CREATE TABLE ${schema}.a (x text DEFAULT ';');\n-- comment; here\nCREATE INDEX i ON ${schema}.a (x);\n",
                NAMES);

        assertThat(statements).extracting(SqlTemplate::sql).containsExactly(
                "CREATE TABLE \"sales\".a (x text DEFAULT ';')",
                "-- comment; here\nCREATE INDEX i ON \"sales\".a (x)");
    }
}
