package dev.nfe.core.silver;

import dev.nfe.core.spi.Column;
import dev.nfe.core.spi.ColumnType;
import dev.nfe.core.spi.NfeException;
import dev.nfe.core.spi.Row;
import dev.nfe.core.spi.Table;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.parquet.column.Dictionary;
import org.apache.parquet.column.values.dictionary.PlainValuesDictionary;
import org.apache.parquet.hadoop.metadata.FileMetaData;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.Converter;
import org.apache.parquet.io.api.GroupConverter;
import org.apache.parquet.io.api.PrimitiveConverter;
import org.apache.parquet.io.api.RecordMaterializer;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;

/**
 * Assembles the records of a table's Parquet file (written by {@link RowEncoder}) straight into {@link Row}s of that
 * {@link Table}, with no intermediate record: {@code BigDecimal} at the column's scale, {@code LocalDate},
 * {@code Instant} from UTC microseconds. The requested schema holds the table's columns the file has, matched by name,
 * so a column added after the file was written reads as null. A dictionary-encoded column decodes each dictionary
 * entry once per page, so a text repeated across rows is one {@code String}. Not thread-safe.
 */
final class RowMaterializer extends RecordMaterializer<Row> {
    private static final long MICROS_PER_SECOND = 1_000_000L;

    private final Table table;
    private final RowConverter root;

    /**
     * @param requested the columns read, each a column of {@code table}: the table's columns the file has
     */
    private RowMaterializer(Table table, MessageType requested) {
        this.table = table;
        this.root = new RowConverter(requested);
    }

    /**
     * The projection reading {@code table}'s rows from a file: the table's columns the file has, matched by name, so
     * a table column the file lacks reads as null.
     */
    static ParquetRecordReader.Projection<Row> of(Table table, FileMetaData metadata) {
        MessageType fileSchema = metadata.getSchema();
        List<Type> fields = table.columns().stream()
                .map(Column::name)
                .filter(fileSchema::containsField)
                .map(fileSchema::getType)
                .toList();
        MessageType requested = new MessageType(fileSchema.getName(), fields);
        return new ParquetRecordReader.Projection<>(requested, new RowMaterializer(table, requested));
    }

    @Override
    public Row getCurrentRecord() {
        return root.row;
    }

    @Override
    public GroupConverter getRootConverter() {
        return root;
    }

    /** The record's converter: one value converter per requested column, each filling its slot of the row. */
    private final class RowConverter extends GroupConverter {
        private final Converter[] converters;
        private final List<Column> columns = table.columns();
        private Object[] values;
        private Row row;

        RowConverter(MessageType requested) {
            converters = new Converter[requested.getFieldCount()];
            for (int field = 0; field < converters.length; field++) {
                String name = requested.getFieldName(field);
                int index = columnIndex(name);
                converters[field] = new ValueConverter(columns.get(index), index);
            }
        }

        private int columnIndex(String name) {
            for (int i = 0; i < columns.size(); i++) {
                if (columns.get(i).name().equals(name)) {
                    return i;
                }
            }
            throw new IllegalArgumentException("Cannot read column " + name + ": table " + table.name() + " has none");
        }

        @Override
        public Converter getConverter(int fieldIndex) {
            return converters[fieldIndex];
        }

        @Override
        public void start() {
            values = new Object[columns.size()];
        }

        @Override
        public void end() {
            for (int i = 0; i < values.length; i++) {
                if (values[i] == null && columns.get(i).required()) {
                    throw new NfeException("Cannot read table " + table.name() + ": required column "
                            + columns.get(i).name() + " is missing or null in the file");
                }
            }
            row = Row.of(values);
        }

        /** Converts the values of one column to the Java type of its {@link ColumnType}. */
        private final class ValueConverter extends PrimitiveConverter {
            private final ColumnType type;
            private final int index;
            private Object[] dictionary;

            ValueConverter(Column column, int index) {
                this.type = column.type();
                this.index = index;
            }

            @Override
            public boolean hasDictionarySupport() {
                return type.kind() == ColumnType.Kind.TEXT || type.kind() == ColumnType.Kind.DECIMAL;
            }

            /**
             * Decodes a page's dictionary once: of binaries (texts, decimals as fixed-length bytes), or of integers
             * or longs, as other writers (Spark's Iceberg writer, Trino) store decimals of few digits.
             */
            @Override
            public void setDictionary(Dictionary pageDictionary) {
                dictionary = new Object[pageDictionary.getMaxId() + 1];
                for (int id = 0; id < dictionary.length; id++) {
                    if (pageDictionary instanceof PlainValuesDictionary.PlainLongDictionary) {
                        dictionary[id] = fromLong(pageDictionary.decodeToLong(id));
                    } else if (pageDictionary instanceof PlainValuesDictionary.PlainIntegerDictionary) {
                        dictionary[id] = fromInt(pageDictionary.decodeToInt(id));
                    } else {
                        dictionary[id] = fromBinary(pageDictionary.decodeToBinary(id));
                    }
                }
            }

            @Override
            public void addValueFromDictionary(int dictionaryId) {
                values[index] = dictionary[dictionaryId];
            }

            @Override
            public void addBinary(Binary value) {
                values[index] = fromBinary(value);
            }

            @Override
            public void addBoolean(boolean value) {
                values[index] = value;
            }

            @Override
            public void addInt(int value) {
                values[index] = fromInt(value);
            }

            @Override
            public void addLong(long value) {
                values[index] = fromLong(value);
            }

            private Object fromInt(int value) {
                return switch (type.kind()) {
                    case DATE -> LocalDate.ofEpochDay(value);
                    case LONG -> (long) value;
                    case DECIMAL -> BigDecimal.valueOf(value, type.scale());
                    default -> value;
                };
            }

            private Object fromLong(long value) {
                return switch (type.kind()) {
                    case TIMESTAMP -> Instant.ofEpochSecond(Math.floorDiv(value, MICROS_PER_SECOND),
                            Math.floorMod(value, MICROS_PER_SECOND) * 1_000);
                    case DECIMAL -> BigDecimal.valueOf(value, type.scale());
                    default -> value;
                };
            }

            private Object fromBinary(Binary value) {
                return type.kind() == ColumnType.Kind.DECIMAL
                        ? new BigDecimal(new BigInteger(value.getBytes()), type.scale())
                        : value.toStringUsingUTF8();
            }
        }
    }
}
