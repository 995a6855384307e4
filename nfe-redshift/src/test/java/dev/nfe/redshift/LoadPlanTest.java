package dev.nfe.redshift;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nfe.core.spi.Column;
import dev.nfe.core.spi.Table;
import dev.nfe.redshift.dialect.SqlIdentifier;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LoadPlanTest {
    private static final Map<String, Table> TABLES = Map.of("nfe", SilverFixture.NFE, "nfe_item", SilverFixture.ITEM);

    private static CompiledRule compile(String sql) {
        return CompiledRule.compile(LoadRule.parse("rule.sql", sql), TABLES, SqlIdentifier.of("sales"));
    }

    private static List<String> staged(Table table, CompiledRule... rules) {
        return LoadPlan.readColumns(table, List.of(rules)).columns().stream().map(Column::name).toList();
    }

    @Test
    void readColumns_unionOfTheRules_inTableOrder() {
        CompiledRule byItem = compile("SELECT i.prod_v_prod, i.chave FROM ${staging.nfe_item} AS i");
        CompiledRule byCfop = compile("SELECT i.prod_cfop FROM ${staging.nfe_item} AS i");

        assertThat(staged(SilverFixture.ITEM, byItem, byCfop)).containsExactly("chave", "prod_cfop", "prod_v_prod");
    }

    @Test
    void readColumns_ruleReadingWholeRows_stagesEveryColumn() {
        CompiledRule whole = compile("SELECT to_jsonb(n) AS doc FROM ${staging.nfe} AS n");

        assertThat(staged(SilverFixture.NFE, whole))
                .containsExactlyElementsOf(SilverFixture.NFE.columns().stream().map(Column::name).toList());
    }

    @Test
    void readColumns_noColumnNamed_stagesTheFirstColumnSoRowsStillCount() {
        assertThat(staged(SilverFixture.ITEM, compile("SELECT COUNT(*) AS n FROM ${staging.nfe_item}")))
                .containsExactly("chave");
    }
}
