package dev.nfe.core.cli;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a size in bytes: a whole number, optionally with a unit, {@code B}, {@code KB}/{@code KiB},
 * {@code MB}/{@code MiB} or {@code GB}/{@code GiB}. Both spellings of a unit are binary ({@code 128MB} is
 * 128 × 2<sup>20</sup> bytes), as file-size options usually mean.
 */
final class SizeConverter implements ITypeConverter<Long> {
    private static final Pattern SIZE = Pattern.compile("(\\d{1,12})\\s*(B|KB|KIB|MB|MIB|GB|GIB)?");

    @Override
    public Long convert(String value) {
        Matcher matcher = SIZE.matcher(value.trim().toUpperCase(Locale.ROOT));
        if (!matcher.matches()) {
            throw new TypeConversionException("'" + value + "' is not a size such as 134217728, 512KB or 128MB");
        }
        int shift = switch (matcher.group(2) == null ? "B" : matcher.group(2)) {
            case "KB", "KIB" -> 10;
            case "MB", "MIB" -> 20;
            case "GB", "GIB" -> 30;
            default -> 0;
        };
        return Long.parseLong(matcher.group(1)) << shift;
    }
}
