package dev.nfe.core.silver;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One occurrence of a repeated layout group with its 1-based position among its siblings (the {@code seq} key).
 *
 * @param seq the position, from 1, in document order
 * @param value the group
 * @param <V> the group's record type
 */
record Indexed<V>(int seq, V value) {
    Indexed {
        Objects.requireNonNull(value, "value");
        if (seq < 1) {
            throw new IllegalArgumentException("Cannot create Indexed: seq must be ≥ 1, was " + seq);
        }
    }

    /** The elements of {@code values} with their positions, in order. */
    static <V> List<Indexed<V>> of(List<V> values) {
        List<Indexed<V>> indexed = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            indexed.add(new Indexed<>(i + 1, values.get(i)));
        }
        return indexed;
    }
}
