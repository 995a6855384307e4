package dev.nfe.core.silver;

import dev.nfe.core.model.AccessKey;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Model records with every optional group and field present and every repeated group twice, each leaf value distinct
 * (decimals are whole numbers, text is digits, so counters parse), to prove that every value of the layout lands in
 * some silver column. No real document looks like this (it has every choice at once); that is the point.
 */
final class FullyPopulated {

    /** The choice group names the records carry as data. */
    private static final Map<String, String> GROUPS = Map.of(
            "ICMS.group", "ICMS90", "IPI.group", "IPITrib", "PIS.group", "PISOutr", "COFINS.group", "COFINSOutr");

    private int decimals = 1;
    private int texts = 100_000;
    private int integers = 1;
    private int days;

    /** A fully populated {@code type}. */
    <R extends Record> R of(Class<R> type) {
        List<Object> pairs = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            pairs.add(component.getName());
            String fixed = GROUPS.get(type.getSimpleName() + "." + component.getName());
            if (fixed != null) {
                pairs.add(fixed);
            } else if (component.getType() == Optional.class || component.getType() == List.class) {
                Class<?> element = element(component.getGenericType());
                Object value = value(element);
                pairs.add(component.getType() == List.class ? List.of(value, value(element)) : value);
            } else {
                pairs.add(value(component.getType()));
            }
        }
        return SilverFixtures.record(type, pairs.toArray());
    }

    /**
     * Adds every leaf value reachable from {@code value} (through records, optionals and lists) to {@code into}, keyed
     * by its path of record components ({@code det[0].imposto.icms.vBC}).
     */
    static void leaves(String path, Object value, Map<String, Object> into) {
        if (value instanceof Optional<?> optional) {
            optional.ifPresent(inner -> leaves(path, inner, into));
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                leaves(path + "[" + i + "]", list.get(i), into);
            }
        } else if (value instanceof Record record && !(value instanceof AccessKey)) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                try {
                    leaves(path + "." + component.getName(), component.getAccessor().invoke(record), into);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("Cannot read " + component, e);
                }
            }
        } else {
            into.put(path, value);
        }
    }

    @SuppressWarnings("unchecked")
    private Object value(Class<?> type) {
        if (type == BigDecimal.class) {
            if (decimals > 999) {
                throw new IllegalStateException("Too many decimals for the DECIMAL(7,4) rate columns");
            }
            return BigDecimal.valueOf(decimals++);
        }
        if (type == String.class) {
            return Integer.toString(texts++);
        }
        if (type == int.class || type == Integer.class) {
            return integers++;
        }
        if (type == long.class || type == Long.class) {
            return (long) integers++;
        }
        if (type == LocalDate.class) {
            return LocalDate.of(2020, 1, 1).plusDays(days++);
        }
        if (type == LocalTime.class) {
            return LocalTime.of(0, 0).plusSeconds(days++);
        }
        if (type == OffsetDateTime.class) {
            return OffsetDateTime.of(2024, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHours(-3)).plusMinutes(days++);
        }
        if (type == AccessKey.class) {
            return SilverFixtures.CHAVE;
        }
        if (type.isRecord()) {
            return of((Class<? extends Record>) type);
        }
        throw new IllegalArgumentException("No value for " + type);
    }

    private static Class<?> element(Type generic) {
        Type argument = ((ParameterizedType) generic).getActualTypeArguments()[0];
        return (Class<?>) argument;
    }
}
