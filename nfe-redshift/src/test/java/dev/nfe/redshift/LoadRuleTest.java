package dev.nfe.redshift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nfe.core.spi.ConfigException;
import dev.nfe.redshift.dialect.SqlIdentifier;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rule files: settings from their leading comments, defaults, and every mistake named with its file. */
class LoadRuleTest {

    @Test
    void parse_headers_giveTargetModeKeysAndVersion() {
        LoadRule rule = LoadRule.parse("sql/by_item.sql", """
                -- Sales by item.
                -- @target: sales_by_item
                -- @mode: merge
                -- @keys: chave, n_item
                -- @version: prot_nfe_dh_recbto
                SELECT 1
                -- @mode: insert (not a header: after the query starts)
                """);

        assertThat(rule.target()).isEqualTo(SqlIdentifier.of("sales_by_item"));
        assertThat(rule.mode()).isEqualTo(RuleMode.MERGE);
        assertThat(rule.keys()).containsExactly(SqlIdentifier.of("chave"), SqlIdentifier.of("n_item"));
        assertThat(rule.version()).containsExactly(SqlIdentifier.of("prot_nfe_dh_recbto"));
    }

    @Test
    void parse_noHeaders_insertsIntoTheFileName() {
        LoadRule rule = LoadRule.parse("sql/sales_by_uf.sql", "SELECT 1");

        assertThat(rule.target()).isEqualTo(SqlIdentifier.of("sales_by_uf"));
        assertThat(rule.mode()).isEqualTo(RuleMode.INSERT);
        assertThat(rule.keys()).isEmpty();
        assertThat(rule.version()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "-- @mode: upsert | r.sql: @mode must be one of insert, merge, replace-partition, was upsert",
            "-- @mode: merge | r.sql: a merge rule needs @keys",
            "-- @keys: chave | r.sql: @keys apply to merge and replace-partition rules, not insert",
            "-- @target: sales; drop table x | r.sql: @target 'sales; drop table x' is not a valid SQL identifier",
            "-- @keys: chave, \"n\" | r.sql: @keys '\"n\"' is not a valid SQL identifier",
            "-- @colour: blue | r.sql: unknown setting @colour",
    })
    void parse_badSetting_namesTheFile(String header, String message) {
        assertThatThrownBy(() -> LoadRule.parse("r.sql", header + "\nSELECT 1"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(message);
    }

    @Test
    void load_missingLocation_isAConfigProblem() {
        assertThatThrownBy(() -> LoadRule.load("sql/nowhere.sql"))
                .isInstanceOf(ConfigException.class)
                .hasMessage("file not found: sql/nowhere.sql (no file " + Path.of("sql/nowhere.sql").toAbsolutePath()
                        + ", no class path resource sql/nowhere.sql)");
    }

    @Test
    void load_classPathResource_isRead() {
        assertThat(LoadRule.load("rules/sales_by_item.sql").keys()).extracting(SqlIdentifier::name)
                .isEqualTo(List.of("chave", "n_item"));
    }
}
