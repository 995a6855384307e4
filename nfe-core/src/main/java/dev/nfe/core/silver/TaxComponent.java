package dev.nfe.core.silver;

import dev.nfe.core.model.Det;
import dev.nfe.core.model.Imposto;
import dev.nfe.core.spi.ColumnType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * One kind of row of {@code nfe_item_tax}: a tax component such as {@code ICMS}, {@code ICMS_ST} or {@code IBS_UF},
 * where in an item it is found, and which layout tag fills each column.
 *
 * @param <S> the layout group the component's values are read from
 */
final class TaxComponent<S> {

    /** A generic column of {@code nfe_item_tax}, named by {@link LayoutNames#snake} of a representative tag. */
    record TaxColumn(String name, ColumnType type) {
        TaxColumn {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
        }

        static TaxColumn of(String tag, ColumnType type) {
            return new TaxColumn(LayoutNames.snake(tag), type);
        }
    }

    /** Which tag fills a column, as a path relative to the component's group, and how to read it. */
    record Binding<S>(TaxColumn column, String tag, Function<S, Optional<?>> value) {
        Binding {
            Objects.requireNonNull(column, "column");
            Objects.requireNonNull(tag, "tag");
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * A component found in an item, ready to become a row.
     *
     * @param values the value of each column of {@link TaxColumns#ALL}, by its position there; null where absent
     */
    record Occurrence(String tax, int seq, String groupTag, Object[] values) {
    }

    private final String tax;
    private final String path;
    private final Function<Det, List<S>> sources;
    private final Function<S, String> groupTag;
    private final boolean primary;
    private final List<Binding<S>> bindings;
    /** The position in {@link TaxColumns#ALL} of each binding's column, in binding order. */
    private final int[] positions;

    private TaxComponent(Builder<S> builder) {
        this.tax = builder.tax;
        this.path = builder.path;
        this.sources = builder.sources;
        this.groupTag = builder.groupTag;
        this.primary = builder.primary;
        this.bindings = List.copyOf(builder.bindings.values());
        this.positions = bindings.stream().mapToInt(binding -> TaxColumns.position(binding.column())).toArray();
    }

    /**
     * Starts a component.
     *
     * @param tax the value of the {@code tax} column ({@code ICMS_ST})
     * @param path the component's group relative to {@code det} ({@code imposto/ICMS/ICMS*})
     * @param sources the groups of an item the component reads, in document order (usually none or one)
     * @param groupTag the value of the {@code group_tag} column: the XML tag of the group holding the values
     */
    static <S> Builder<S> builder(String tax, String path, Function<Det, List<S>> sources, Function<S, String> groupTag) {
        return new Builder<>(tax, path, sources, groupTag);
    }

    /** The sources of a component read from a group of {@code det/imposto}: none, or that group. */
    static <G> Function<Det, List<G>> inImposto(Function<Imposto, Optional<G>> group) {
        return det -> group.apply(det.imposto()).map(List::of).orElse(List.of());
    }

    String tax() {
        return tax;
    }

    /** The XPath of the component's group, relative to {@code det}. */
    String path() {
        return path;
    }

    /** Whether the component has a row whenever its group is present. */
    boolean isPrimary() {
        return primary;
    }

    List<Binding<S>> bindings() {
        return bindings;
    }

    /**
     * The occurrences of this component in {@code det}. A primary component occurs whenever its group is present;
     * any other only when at least one of its decimal values is, so an {@code ICMS00} gives no {@code ICMS_ST} row.
     */
    List<Occurrence> occurrences(Det det) {
        List<S> groups = sources.apply(det);
        if (groups.isEmpty()) {
            return List.of();
        }
        List<Occurrence> found = new ArrayList<>(groups.size());
        // the bound values of one group, in binding order; spread over the table's columns only for an occurrence
        Object[] bound = new Object[positions.length];
        for (int i = 0; i < groups.size(); i++) {
            S group = groups.get(i);
            boolean anyDecimal = false;
            for (int b = 0; b < positions.length; b++) {
                Object value = bindings.get(b).value().apply(group).orElse(null);
                bound[b] = value;
                anyDecimal |= value instanceof BigDecimal;
            }
            if (primary || anyDecimal) {
                Object[] values = new Object[TaxColumns.ALL.size()];
                for (int b = 0; b < positions.length; b++) {
                    values[positions[b]] = bound[b];
                }
                found.add(new Occurrence(tax, i + 1, groupTag.apply(group), values));
            }
        }
        return found;
    }

    /** Collects a component's bindings; binding one column twice is a programming error. */
    static final class Builder<S> {
        private final String tax;
        private final String path;
        private final Function<Det, List<S>> sources;
        private final Function<S, String> groupTag;
        private final Map<TaxColumn, Binding<S>> bindings = new LinkedHashMap<>();
        private boolean primary;

        private Builder(String tax, String path, Function<Det, List<S>> sources, Function<S, String> groupTag) {
            this.tax = Objects.requireNonNull(tax, "tax");
            this.path = Objects.requireNonNull(path, "path");
            this.sources = Objects.requireNonNull(sources, "sources");
            this.groupTag = Objects.requireNonNull(groupTag, "groupTag");
        }

        /** Makes the component occur whenever its group is present, even without values. */
        Builder<S> primary() {
            this.primary = true;
            return this;
        }

        /** Binds an optional tag. */
        Builder<S> opt(TaxColumn column, String tag, Function<S, ? extends Optional<?>> value) {
            return bind(new Binding<>(column, tag, value::apply));
        }

        /** Binds a tag the group always has. */
        Builder<S> req(TaxColumn column, String tag, Function<S, ?> value) {
            return bind(new Binding<>(column, tag, group -> Optional.of(value.apply(group))));
        }

        private Builder<S> bind(Binding<S> binding) {
            Binding<S> previous = bindings.putIfAbsent(binding.column(), binding);
            if (previous != null) {
                throw new IllegalArgumentException("Cannot bind " + tax + "." + binding.column().name() + " to "
                        + binding.tag() + ": already bound to " + previous.tag());
            }
            return this;
        }

        TaxComponent<S> build() {
            return new TaxComponent<>(this);
        }
    }
}
