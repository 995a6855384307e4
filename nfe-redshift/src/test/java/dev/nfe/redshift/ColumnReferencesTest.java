package dev.nfe.redshift;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ColumnReferencesTest {
    private static final String ITEM = "nfe_stg_nfe_item";
    private static final String NFE = "nfe_stg_nfe";
    private static final Set<String> STAGING = Set.of(ITEM, NFE);

    private static ColumnReferences scan(String sql) {
        return ColumnReferences.scan(sql, STAGING);
    }

    @Test
    void scan_qualifiedAndBareNames_readOnlyTheNamedColumns() {
        ColumnReferences references = scan("SELECT i.chave, prod_v_prod, i.prod_q_com * i.prod_v_un AS total, COUNT(*)\n"
                + "FROM \"nfe_stg_nfe_item\" AS i GROUP BY 1, 2, 3");

        assertThat(references.wholeRows()).isEmpty();
        assertThat(references.reads(ITEM, "chave")).isTrue();
        assertThat(references.reads(ITEM, "prod_v_prod")).isTrue();
        assertThat(references.reads(ITEM, "prod_v_un")).isTrue();
        assertThat(references.reads(ITEM, "prod_cfop")).isFalse();
    }

    @Test
    void scan_namesFoldAsPostgresqlFoldsThem() {
        ColumnReferences references = scan("SELECT I.PROD_CFOP, i.\"Prod_V_Prod\" FROM \"nfe_stg_nfe_item\" i");

        assertThat(references.reads(ITEM, "prod_cfop")).isTrue();
        assertThat(references.reads(ITEM, "prod_v_prod")).isFalse();
    }

    @Test
    void scan_wordsOfCommentsDoNotCount_wordsOfLiteralsDo() {
        ColumnReferences references = scan("-- prod_cfop is not read\n/* nor prod_x_prod */\n"
                + "SELECT i.chave, 'prod_v_desc' AS label, $q$ prod_v_frete $q$ AS body FROM \"nfe_stg_nfe_item\" AS i");

        assertThat(references.reads(ITEM, "prod_cfop")).isFalse();
        assertThat(references.reads(ITEM, "prod_x_prod")).isFalse();
        assertThat(references.reads(ITEM, "prod_v_desc")).isTrue();
        assertThat(references.reads(ITEM, "prod_v_frete")).isTrue();
    }

    @Test
    void scan_selectStar_readsEveryTableTheQueryMentions() {
        assertThat(scan("SELECT * FROM \"nfe_stg_nfe_item\"").wholeRows()).containsExactly(ITEM);
        assertThat(scan("SELECT DISTINCT ON (i.chave) * FROM \"nfe_stg_nfe_item\" AS i").wholeRows())
                .containsExactly(ITEM);
        assertThat(scan("SELECT i.chave, * FROM \"nfe_stg_nfe_item\" AS i JOIN \"nfe_stg_nfe\" AS n USING (chave)")
                .wholeRows()).containsExactlyInAnyOrder(ITEM, NFE);
    }

    @Test
    void scan_qualifiedStar_readsThatTable_evenWhenItsAliasComesLater() {
        assertThat(scan("SELECT i.*, n.chave FROM \"nfe_stg_nfe_item\" AS i JOIN \"nfe_stg_nfe\" AS n ON true")
                .wholeRows()).containsExactly(ITEM);
        assertThat(scan("SELECT \"nfe_stg_nfe\".* FROM \"nfe_stg_nfe\"").wholeRows()).containsExactly(NFE);
    }

    @Test
    void scan_starOfAnotherTable_readsNoStagingTableWhole() {
        assertThat(scan("SELECT t.*, i.chave FROM sales AS t JOIN \"nfe_stg_nfe_item\" AS i ON true").wholeRows())
                .isEmpty();
    }

    @Test
    void scan_aliasUsedAsAValue_readsThatTableWhole() {
        assertThat(scan("SELECT n.chave, to_jsonb(i) AS doc FROM \"nfe_stg_nfe_item\" AS i JOIN \"nfe_stg_nfe\" n ON true")
                .wholeRows()).containsExactly(ITEM);
    }

    @Test
    void scan_columnAliasList_readsThatTableWhole() {
        assertThat(scan("SELECT a FROM \"nfe_stg_nfe_item\" AS i (a, b)").wholeRows()).containsExactly(ITEM);
    }

    @Test
    void scan_naturalJoin_readsEveryMentionedTableWhole() {
        assertThat(scan("SELECT chave FROM \"nfe_stg_nfe_item\" NATURAL JOIN \"nfe_stg_nfe\"").wholeRows())
                .containsExactlyInAnyOrder(ITEM, NFE);
    }

    @Test
    void scan_tableCommand_readsThatTableWhole() {
        assertThat(scan("SELECT chave FROM (TABLE \"nfe_stg_nfe\") AS n").wholeRows()).containsExactly(NFE);
    }

    @Test
    void scan_countStarAndMultiplication_areNoWildcards() {
        assertThat(scan("SELECT COUNT(*), SUM(i.prod_q_com * 2), (i.n_item + 1) * i.prod_v_prod "
                + "FROM \"nfe_stg_nfe_item\" AS i").wholeRows()).isEmpty();
    }
}
