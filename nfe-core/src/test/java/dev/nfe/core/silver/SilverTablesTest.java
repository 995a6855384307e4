package dev.nfe.core.silver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nfe.core.spi.Column;
import dev.nfe.core.spi.ColumnType;
import dev.nfe.core.spi.Table;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class SilverTablesTest {

    @Test
    void all_listsTheTablesInTheFixedOrder() {
        assertThat(SilverTables.all()).extracting(Table::name).containsExactly(
                "nfe", "nfe_item", "nfe_item_tax", "nfe_item_di", "nfe_item_export", "nfe_item_rastro",
                "nfe_item_orig_comb", "nfe_payment", "nfe_installment", "nfe_transport", "nfe_volume", "nfe_reference",
                "nfe_proc_ref", "nfe_obs_cont", "nfe_obs_fisco", "nfe_cana_for_dia", "nfe_cana_deduc", "nfe_defensivo",
                "nfe_event", "nfe_summary", "nfe_event_summary", "nfe_unmapped");
    }

    @Test
    void all_everyTableStartsWithItsRequiredKeyThenTheLineage() {
        assertThat(SilverTables.all()).allSatisfy(table -> {
            int lineage = table.indexOf("batch_id");
            assertThat(table.columns().get(0).name()).isEqualTo("chave");
            assertThat(table.columns().get(lineage + 1).name()).isEqualTo("source");
            assertThat(table.columns().subList(0, lineage + 2)).allMatch(Column::required);
        });
    }

    @Test
    void all_noTwoColumnsOfATableCollide() {
        assertThat(SilverTables.all()).allSatisfy(table ->
                assertThat(table.columns()).extracting(Column::name).doesNotHaveDuplicates());
    }

    @Test
    void all_everyLayoutColumnIsNamedAfterTheTagOfItsXPath() {
        for (Table table : SilverTables.all()) {
            if (table == ItemTaxRowMapper.TABLE) {
                continue; // long form: named by the shared tag, see itemTaxTable_*
            }
            for (Column column : table.columns().subList(table.indexOf("source") + 1, table.columns().size())) {
                if (column.xpath().contains(" | ") || !column.xpath().startsWith("/")) {
                    continue;
                }
                String path = column.xpath().replaceFirst(" \\(.*\\)$", "");
                String tag = path.substring(path.lastIndexOf('/') + 1).replace("@", "");
                String suffix = LayoutNames.snake(tag) + (column.xpath().endsWith("(its UTC offset)") ? "_tzd" : "");
                assertThat(column.name()).as("%s.%s from %s", table.name(), column.name(), column.xpath())
                        .endsWith("_" + suffix);
            }
        }
    }

    @Test
    void all_everyColumnHasAnXPathOrALineageDescription() {
        assertThat(SilverTables.all()).flatExtracting(Table::columns).allSatisfy(column ->
                assertThat(column.xpath()).matches("(/|lineage: |position of |the ).*"));
    }

    @Test
    void named_knownAndUnknownTable_findsOnlyTheKnownOne() {
        assertThat(SilverTables.named("nfe_item_tax")).containsSame(ItemTaxRowMapper.TABLE);
        assertThat(SilverTables.named("nfe_items")).isEmpty();
    }

    @Test
    void build_twoTagsGivingTheSameColumn_isRejectedNamingBothXPaths() {
        TableSpec.Builder<String> builder = TableSpec.<String>builder("t")
                .chave("/k")
                .row("dest", "/d", Function.identity(), dest -> dest
                        .text("xNome", Function.identity())
                        .fold("enderDest", Function.identity(), ender -> ender.text("xNome", Function.identity())));

        assertThatThrownBy(builder::build)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("column dest_x_nome is defined twice (/d/xNome, /d/enderDest/xNome)");
    }

    @Test
    void itemTaxTable_hasEveryTaxColumnWithItsType() {
        assertThat(TaxColumns.ALL).allSatisfy(column ->
                assertThat(ItemTaxRowMapper.TABLE.columns().get(ItemTaxRowMapper.TABLE.indexOf(column.name())).type())
                        .isEqualTo(column.type()));
        assertThat(ItemTaxRowMapper.TABLE.columns().get(ItemTaxRowMapper.TABLE.indexOf("v_trib")).type())
                .isEqualTo(ColumnType.MONEY);
    }

    @Test
    void itemTaxTable_everyValueColumnIsMadeOfTheWordsOfATagItHolds() {
        assertThat(TaxColumns.ALL).allSatisfy(column -> assertThat(ItemTaxRowMapper.COMPONENTS.stream()
                .flatMap(component -> component.bindings().stream())
                .filter(binding -> binding.column().equals(column))
                .map(binding -> LayoutNames.snake(binding.tag().substring(binding.tag().lastIndexOf('/') + 1))))
                .as("the tags bound to %s", column.name())
                .anyMatch(tag -> isSubsequence(column.name().split("_"), tag.split("_"))));
    }

    /** Whether {@code words} appear in {@code tag} in order, some of the tag's words left out. */
    private static boolean isSubsequence(String[] words, String[] tag) {
        int next = 0;
        for (String word : tag) {
            if (next < words.length && word.equals(words[next])) {
                next++;
            }
        }
        return next == words.length;
    }
}
