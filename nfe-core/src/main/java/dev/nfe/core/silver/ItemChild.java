package dev.nfe.core.silver;

import dev.nfe.core.model.Det;
import dev.nfe.core.model.Nfe;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One occurrence of a group repeated inside an item ({@code prod/DI}, {@code prod/rastro}), with the item number and
 * its 1-based position among its siblings: the keys {@code n_item} and {@code seq}.
 *
 * @param nItem the item number ({@code det/@nItem})
 * @param seq the position, from 1, in document order
 * @param value the group
 * @param <V> the group's record type
 */
record ItemChild<V>(int nItem, int seq, V value) {
    ItemChild {
        Objects.requireNonNull(value, "value");
    }

    /** The groups {@code groups} gives for each item of {@code nfe}, items by number, groups in document order. */
    static <V> List<ItemChild<V>> of(Nfe nfe, Function<Det, List<V>> groups) {
        List<ItemChild<V>> children = new ArrayList<>();
        for (Det det : ItemRowMapper.items(nfe)) {
            List<V> values = groups.apply(det);
            for (int i = 0; i < values.size(); i++) {
                children.add(new ItemChild<>(det.nItem(), i + 1, values.get(i)));
            }
        }
        return children;
    }
}
