package dev.nfe.core.silver;

import static dev.nfe.core.model.LayoutPath.INF_NFE_ID;
import static dev.nfe.core.model.LayoutPath.inNfeProc;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import dev.nfe.core.spi.Column;
import dev.nfe.core.spi.ColumnType;
import dev.nfe.core.spi.Row;
import dev.nfe.core.spi.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A silver table together with how each of its columns is read from a row source {@code T}: one definition gives
 * the schema (names, types, XPaths, SCHEMA.md) and the mapping, so the two cannot drift apart.
 *
 * <p>Column names come from {@link LayoutNames#column}: a column's group chain starts at a group just below the
 * table's row element and grows with each nested group; the row element's own fields, and the fields of a
 * {@linkplain Group#container container} such as {@code total}, take that element's tag. Address subgroups and the
 * signed-content wrappers are {@linkplain Group#fold folded} and add nothing to the chain.
 *
 * @param <T> what one row is made from
 */
final class TableSpec<T> {
    /** What the {@code doc_hash} column documents. */
    static final String DOC_HASH = "the version: SHA-256 (hex) of the bronze file the row was read from; with chave, "
            + "the key of a document version";

    /** The XPath the {@code chave} column of an NF-e table documents. */
    static final String NFE_CHAVE = inNfeProc(INF_NFE_ID) + " (without its NFe prefix)";

    private static final DateTimeFormatter OFFSET = DateTimeFormatter.ofPattern("xxx");
    /** The layout's name for the offset of a {@code TDateTimeUTC} ({@code AAAA-MM-DDThh:mm:ssTZD}). */
    private static final String OFFSET_SUFFIX = "_tzd";

    /** Reads one column's value from a row source; may return an {@link Optional}. */
    @FunctionalInterface
    interface ColumnValue<T> {
        Object of(T source, RowContext context);
    }

    /**
     * A column's value as a row reads it: {@code groups} holds the row's groups resolved so far, by {@link Group}
     * slot, so that each group is reached once per row, not once per column.
     */
    @FunctionalInterface
    private interface RowValue<T> {
        Object of(T source, RowContext context, Object[] groups);
    }

    /** How a group is reached from the row source, given the row's groups resolved so far. */
    @FunctionalInterface
    private interface Navigation<T, S> {
        Optional<S> of(T source, Object[] groups);
    }

    private final Table table;
    private final List<RowValue<T>> values;
    private final int groups;

    private TableSpec(Table table, List<RowValue<T>> values, int groups) {
        this.table = table;
        this.values = List.copyOf(values);
        this.groups = groups;
    }

    /** Starts the definition of the table called {@code name}. */
    static <T> Builder<T> builder(String name) {
        return new Builder<>(name);
    }

    Table table() {
        return table;
    }

    /** The row {@code source} gives, with the key and lineage of {@code context}. */
    Row row(T source, RowContext context) {
        Object[] raw = new Object[values.size()];
        Object[] resolved = new Object[groups];
        for (int i = 0; i < raw.length; i++) {
            raw[i] = values.get(i).of(source, context, resolved);
        }
        return ColumnValues.toRow(table, raw, context);
    }

    /** Collects the columns of one table in order. Not thread-safe; used once, while a mapper class initialises. */
    static final class Builder<T> {
        private final String name;
        private final List<Column> columns = new ArrayList<>();
        private final List<RowValue<T>> values = new ArrayList<>();
        private int groups;

        private Builder(String name) {
            this.name = Objects.requireNonNull(name, "name");
        }

        /** Adds the {@code chave} and {@code doc_hash} key columns, read from the row context. */
        Builder<T> chave(String xpath) {
            column(new Column("chave", ColumnType.TEXT, true, xpath), (source, context) -> context.chave().value());
            return column(new Column("doc_hash", ColumnType.TEXT, true, DOC_HASH),
                    (source, context) -> context.version().docHash());
        }

        /** Adds a required key column without a group prefix. */
        Builder<T> key(String keyName, ColumnType type, String xpath, Function<T, ?> value) {
            return column(new Column(keyName, type, true, xpath), (source, context) -> value.apply(source));
        }

        /** Adds the lineage columns {@code batch_id} and {@code source}. */
        Builder<T> lineage() {
            column(new Column("batch_id", ColumnType.TEXT, true, "lineage: the id of the batch that wrote the row"),
                    (source, context) -> context.batchId());
            return column(new Column("source", ColumnType.TEXT, true, "lineage: where the raw document came from"),
                    (source, context) -> context.source());
        }

        /** Adds a column as given. */
        Builder<T> column(Column column, ColumnValue<T> value) {
            return add(column, (source, context, groups) -> value.of(source, context));
        }

        private Builder<T> add(Column column, RowValue<T> value) {
            columns.add(column);
            values.add(value);
            return this;
        }

        /**
         * Adds the columns of the row element {@code tag} found at {@code xpath}: its own fields are named after it,
         * and each of its groups starts a chain of its own.
         */
        <S> Builder<T> row(String tag, String xpath, Function<T, S> value, Consumer<Group<T, S>> body) {
            body.accept(new Group<>(this, tag, "", xpath, (source, groups) -> Optional.of(value.apply(source)), true));
            return this;
        }

        /** Adds the columns of a group that sits beside the row element in the document ({@code protNFe}). */
        <S> Builder<T> groupAt(String tag, String xpath, Function<T, S> value, Consumer<Group<T, S>> body) {
            body.accept(new Group<>(this, tag, tag, xpath, (source, groups) -> Optional.of(value.apply(source)), true));
            return this;
        }

        /** Adds the columns of an optional group that sits beside the row element in the document. */
        <S> Builder<T> optGroupAt(String tag, String xpath, Function<T, Optional<S>> value, Consumer<Group<T, S>> body) {
            body.accept(new Group<>(this, tag, tag, xpath, (source, groups) -> value.apply(source), false));
            return this;
        }

        TableSpec<T> build() {
            return new TableSpec<>(new Table(name, columns), values, groups);
        }
    }

    /**
     * The columns of one layout group {@code S}, reached from the row source {@code T}. The leaf methods add one
     * column per tag (two for a timestamp); a leaf is required when its value and every group above it are.
     */
    static final class Group<T, S> {
        private final Builder<T> table;
        private final String fieldChain;
        private final String childChain;
        private final String xpath;
        private final Navigation<T, S> value;
        private final boolean always;
        /** Where the row's value of this group is kept once resolved. */
        private final int slot;

        private Group(Builder<T> table, String fieldChain, String childChain, String xpath, Navigation<T, S> value,
                boolean always) {
            this.table = table;
            this.fieldChain = fieldChain;
            this.childChain = childChain;
            this.xpath = xpath;
            this.value = value;
            this.always = always;
            this.slot = table.groups++;
        }

        /** This group in the row of {@code source}: resolved by the row's first column that needs it, then kept. */
        @SuppressWarnings("unchecked")
        private Optional<S> resolve(T source, Object[] groups) {
            Object resolved = groups[slot];
            if (resolved == null) {
                resolved = value.of(source, groups);
                groups[slot] = resolved;
            }
            return (Optional<S>) resolved;
        }

        Group<T, S> text(String tag, Function<S, String> field) {
            return leaf(tag, ColumnType.TEXT, true, field.andThen(Optional::of));
        }

        Group<T, S> optText(String tag, Function<S, Optional<String>> field) {
            return leaf(tag, ColumnType.TEXT, false, field);
        }

        Group<T, S> integer(String tag, Function<S, Integer> field) {
            return leaf(tag, ColumnType.INT, true, field.andThen(Optional::of));
        }

        Group<T, S> optInteger(String tag, Function<S, Optional<Integer>> field) {
            return leaf(tag, ColumnType.INT, false, field);
        }

        Group<T, S> longValue(String tag, Function<S, Long> field) {
            return leaf(tag, ColumnType.LONG, true, field.andThen(Optional::of));
        }

        /** A counter the model keeps as text ({@code qVol}): a {@code LONG} column, parsed strictly. */
        Group<T, S> optCounter(String tag, Function<S, Optional<String>> field) {
            return leaf(tag, ColumnType.LONG, false, field);
        }

        Group<T, S> decimal(String tag, ColumnType type, Function<S, BigDecimal> field) {
            return leaf(tag, type, true, field.andThen(Optional::of));
        }

        Group<T, S> optDecimal(String tag, ColumnType type, Function<S, Optional<BigDecimal>> field) {
            return leaf(tag, type, false, field);
        }

        Group<T, S> date(String tag, Function<S, LocalDate> field) {
            return leaf(tag, ColumnType.DATE, true, field.andThen(Optional::of));
        }

        Group<T, S> optDate(String tag, Function<S, Optional<LocalDate>> field) {
            return leaf(tag, ColumnType.DATE, false, field);
        }

        /** A layout time of day without a date ({@code hSaiEnt}, layout 2.00) as {@code HH:mm:ss} text. */
        Group<T, S> optTime(String tag, Function<S, Optional<LocalTime>> field) {
            return leaf(tag, ColumnType.TEXT, false,
                    field.andThen(time -> time.map(DateTimeFormatter.ISO_LOCAL_TIME::format)));
        }

        /** A layout timestamp: the UTC instant, and its offset (the layout's TZD) in {@code <column>_tzd} ({@code -03:00}). */
        Group<T, S> timestamp(String tag, Function<S, OffsetDateTime> field) {
            return timestamp(tag, true, field.andThen(Optional::of));
        }

        Group<T, S> optTimestamp(String tag, Function<S, Optional<OffsetDateTime>> field) {
            return timestamp(tag, false, field);
        }

        /**
         * A repeated simple value as a JSON array of strings in a {@code TEXT} column ({@code ["A1","B2"]}), in
         * document order, {@code null} entries kept; no occurrence gives SQL NULL.
         */
        Group<T, S> jsonArray(String tag, Function<S, List<String>> field) {
            return leaf(tag, ColumnType.TEXT, false, field.andThen(Group::json), " (JSON array of every occurrence)");
        }

        /**
         * A group kept as canonical XML ({@code detEvento}, whose event types do not all have a layout): the element
         * itself, whitespace-only text between elements removed, then Exclusive C14N with the NF-e namespace declared
         * on it.
         */
        Group<T, S> optXml(String tag, Function<S, Optional<String>> field) {
            return leaf(tag, ColumnType.TEXT, false, field, " (the element as canonical XML: whitespace-only text"
                    + " between elements removed, then Exclusive C14N, NF-e namespace declared on it)");
        }

        /** A subgroup that is present whenever this group is. */
        <G> Group<T, S> group(String tag, Function<S, G> field, Consumer<Group<T, G>> body) {
            String chain = chain(tag);
            body.accept(new Group<>(table, chain, chain, xpath + "/" + tag, navigate(field.andThen(Optional::of)), always));
            return this;
        }

        /** An optional subgroup. */
        <G> Group<T, S> optGroup(String tag, Function<S, Optional<G>> field, Consumer<Group<T, G>> body) {
            String chain = chain(tag);
            body.accept(new Group<>(table, chain, chain, xpath + "/" + tag, navigate(field), false));
            return this;
        }

        /** A subgroup whose fields read as this group's ({@code enderEmit}, {@code infProt}): it adds no name. */
        <G> Group<T, S> fold(String tag, Function<S, G> field, Consumer<Group<T, G>> body) {
            body.accept(new Group<>(table, fieldChain, childChain, xpath + "/" + tag,
                    navigate(field.andThen(Optional::of)), always));
            return this;
        }

        /** An optional subgroup whose fields read as this group's. */
        <G> Group<T, S> optFold(String tag, Function<S, Optional<G>> field, Consumer<Group<T, G>> body) {
            body.accept(new Group<>(table, fieldChain, childChain, xpath + "/" + tag, navigate(field), false));
            return this;
        }

        /**
         * A subgroup that only contains groups ({@code total}): its own fields take its tag, and each of its groups
         * starts a chain of its own ({@code icms_tot_v_nf}, not {@code total_icms_tot_v_nf}).
         */
        <G> Group<T, S> container(String tag, Function<S, G> field, Consumer<Group<T, G>> body) {
            body.accept(new Group<>(table, chain(tag), childChain, xpath + "/" + tag,
                    navigate(field.andThen(Optional::of)), always));
            return this;
        }

        private String chain(String tag) {
            return childChain.isEmpty() ? tag : childChain + "/" + tag;
        }

        private <G> Navigation<T, G> navigate(Function<S, Optional<G>> field) {
            return (source, groups) -> resolve(source, groups).flatMap(field);
        }

        private Group<T, S> timestamp(String tag, boolean required, Function<S, Optional<OffsetDateTime>> field) {
            leaf(tag, ColumnType.TIMESTAMP, required, field);
            Column instant = table.columns.get(table.columns.size() - 1);
            table.add(new Column(instant.name() + OFFSET_SUFFIX, ColumnType.TEXT, instant.required(),
                            instant.xpath() + " (its UTC offset)"),
                    (source, context, groups) -> resolve(source, groups).flatMap(field).map(OFFSET::format));
            return this;
        }

        private <V> Group<T, S> leaf(String tag, ColumnType type, boolean required, Function<S, Optional<V>> field) {
            return leaf(tag, type, required, field, "");
        }

        private <V> Group<T, S> leaf(String tag, ColumnType type, boolean required, Function<S, Optional<V>> field,
                String note) {
            String tagName = tag.startsWith("@") ? tag.substring(1) : tag;
            Column column = new Column(LayoutNames.column(fieldChain, tagName), type, always && required,
                    xpath + "/" + tag + note);
            table.add(column, (source, context, groups) -> resolve(source, groups).flatMap(field));
            return this;
        }

        private static Optional<String> json(List<String> values) {
            if (values.isEmpty()) {
                return Optional.empty();
            }
            JsonStringEncoder encoder = JsonStringEncoder.getInstance();
            StringJoiner array = new StringJoiner(",", "[", "]");
            for (String element : values) {
                array.add(element == null ? "null" : "\"" + new String(encoder.quoteAsString(element)) + "\"");
            }
            return Optional.of(array.toString());
        }
    }
}
