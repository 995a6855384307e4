package dev.nfe.redshift.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nfe.core.spi.Table;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A test-kit warehouse told to stage every column, for rules that read columns in ways a scan of their SQL misses. */
class NfeWarehouseEveryColumnTest {
    private static final Table NFE = NfeWarehouseTest.NFE;

    @RegisterExtension
    static NfeWarehouse warehouse = NfeWarehouse.embedded()
            .withSilverTables(List.of(NFE))
            .withSetup("rules/staged_width.sql")
            .withRules("rules/staged_width_rule.sql")
            .withEveryColumnStaged();

    @Test
    void load_everyColumnStaged_stagingTableHasEveryColumn() {
        warehouse.batch().row("nfe", Map.of("chave", "A", "emit_uf", "SP")).load();

        // the rule names only chave and batch_id; a function reads the staging table's width from the catalog
        assertThat(warehouse.query("SELECT width FROM staged_width"))
                .containsExactly(Map.of("width", (long) NFE.columns().size()));
    }
}
