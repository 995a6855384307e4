package dev.nfe.core.silver;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nfe.core.spi.Table;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.apache.parquet.avro.AvroSchemaConverter;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class ParquetSchemasTest {

    static Stream<Table> tables() {
        return Stream.concat(SilverTables.all().stream(), Stream.of(TestTables.ALL_TYPES, TestTables.OTHER, TestTables.WIDE));
    }

    /** Files written through parquet-avro before had exactly this schema, so old and new files read alike. */
    @ParameterizedTest
    @MethodSource("tables")
    void of_isTheSchemaParquetAvroDerivesFromTheAvroSchema(Table table) {
        MessageType fromAvro = new AvroSchemaConverter().convert(AvroSchemas.of(table));

        assertThat(ParquetSchemas.of(table)).isEqualTo(fromAvro);
        assertThat(ParquetSchemas.of(table).toString()).isEqualTo(fromAvro.toString());
    }

    @Test
    void of_withFieldIds_putsEachColumnsIdOnItsField() {
        MessageType schema = ParquetSchemas.of(TestTables.OTHER,
                column -> column.name().equals("chave") ? OptionalInt.of(7) : OptionalInt.empty());

        assertThat(schema.getType("chave").getId()).isEqualTo(new Type.ID(7));
        assertThat(schema.getType("v_nf").getId()).isNull();
        assertThat(schema.getFields()).extracting(Type::getName).containsExactly("chave", "v_nf");
    }

    @Test
    void of_withoutFieldIds_hasNoIds() {
        assertThat(ParquetSchemas.of(TestTables.ALL_TYPES).getFields()).extracting(Type::getId).containsOnlyNulls();
    }
}
