package dev.nfe.core.silver;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nfe.core.spi.Column;
import dev.nfe.core.spi.Table;
import java.util.Set;
import org.apache.parquet.schema.MessageType;
import org.junit.jupiter.api.Test;

class TableFileFormatTest {

    @Test
    void dictionaryColumns_nameColumnsOfTheSilverTables() {
        assertThat(TableFileFormat.dictionaryColumns()).allSatisfy((tableName, columns) -> {
            Table table = SilverTables.named(tableName).orElseThrow();
            assertThat(table.columns()).extracting(Column::name).containsAll(columns);
        });
    }

    @Test
    void of_enablesTheDictionaryOfExactlyTheRepeatingColumns() {
        Table items = SilverTables.named("nfe_item").orElseThrow();
        TableFileFormat format = TableFileFormat.of(items);
        MessageType schema = format.schema();
        Set<String> expected = TableFileFormat.dictionaryColumns().get("nfe_item");

        assertThat(items.columns()).allSatisfy(column -> assertThat(format.properties()
                .isDictionaryEnabled(schema.getColumnDescription(new String[] {column.name()})))
                .as(column.name()).isEqualTo(expected.contains(column.name())));
        assertThat(expected).contains("prod_c_prod").doesNotContain("chave", "prod_v_prod");
    }
}
