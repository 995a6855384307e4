package dev.nfe.core.silver;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nfe.core.spi.Column;
import dev.nfe.core.spi.ColumnType;
import dev.nfe.core.spi.Table;
import java.util.List;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AvroSchemasTest {

    @ParameterizedTest
    @CsvSource({"1,1", "2,1", "3,2", "4,2", "5,3", "9,4", "10,5", "15,7", "18,8", "19,9", "28,12", "38,16"})
    void fixedSize_isFewestBytesHoldingEveryValueOfPrecision(int precision, int bytes) {
        assertThat(AvroSchemas.fixedSize(precision)).isEqualTo(bytes);
    }

    @Test
    void of_namesRecordAfterTableInSilverNamespace() {
        Schema schema = AvroSchemas.of(TestTables.OTHER);

        assertThat(schema.getFullName()).isEqualTo("dev.nfe.silver.other");
        assertThat(schema.getFields()).extracting(Schema.Field::name).containsExactly("chave", "v_nf");
    }

    @Test
    void of_mapsEachColumnTypeAndMakesOptionalColumnsNullable() {
        Schema schema = AvroSchemas.of(TestTables.ALL_TYPES);

        assertThat(schema.getField("chave").schema().getType()).isEqualTo(Schema.Type.STRING);
        assertThat(schema.getField("n_item").schema().getType()).isEqualTo(Schema.Type.INT);
        assertThat(nonNull(schema, "big").getType()).isEqualTo(Schema.Type.LONG);
        assertThat(nonNull(schema, "flag").getType()).isEqualTo(Schema.Type.BOOLEAN);
        assertThat(nonNull(schema, "d_emi").getLogicalType()).isEqualTo(LogicalTypes.date());
        assertThat(nonNull(schema, "dh_emi").getLogicalType()).isEqualTo(LogicalTypes.timestampMicros());
        Schema money = nonNull(schema, "v_prod");
        assertThat(money.getType()).isEqualTo(Schema.Type.FIXED);
        assertThat(money.getFixedSize()).isEqualTo(7);
        assertThat(money.getLogicalType()).isEqualTo(LogicalTypes.decimal(15, 2));
        assertThat(schema.getField("x_nome").schema().getTypes().get(0).getType()).isEqualTo(Schema.Type.NULL);
        assertThat(schema.getField("x_nome").defaultVal()).isEqualTo(org.apache.avro.JsonProperties.NULL_VALUE);
        assertThat(schema.getField("v_prod").doc()).isEqualTo("det/prod/vProd");
    }

    @Test
    void of_sharesOneFixedTypePerDecimalTypeSoTheSchemaParsesBack() {
        Table table = new Table("money", List.of(
                new Column("a", ColumnType.MONEY, true, "a"),
                new Column("b", ColumnType.MONEY, false, "b"),
                new Column("c", ColumnType.decimal(15, 4), true, "c")));

        Schema schema = AvroSchemas.of(table);

        assertThat(new Schema.Parser().parse(schema.toString())).isEqualTo(schema);
        assertThat(schema.getField("a").schema().getFullName()).isEqualTo("dev.nfe.silver.decimal_15_2");
        assertThat(schema.getField("c").schema().getFullName()).isEqualTo("dev.nfe.silver.decimal_15_4");
    }

    private static Schema nonNull(Schema record, String field) {
        return record.getField(field).schema().getTypes().get(1);
    }
}
