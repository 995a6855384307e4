package dev.nfe.core.iceberg;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The batches of a table whose snapshots may have been expired, kept in the table's properties so that a rerun of
 * such a batch still finds it committed: one property per ingest date, {@value #PREFIX}{@code <date>}, whose value
 * lists the batch ids, comma-separated, with runs of ids that differ only in a trailing number of the same width
 * written as one range ({@code nfe-sales.20260105-000001~000100}). A pipeline's batch ids number its batches per
 * day, so a day of any number of batches usually takes one short range. {@code ~} and {@code ,} cannot occur in a
 * batch id.
 *
 * <p>Recording a batch here is only ever done for a batch the table has a snapshot of, so the record is always true:
 * the table holds the batch's rows, in its original files or in compacted ones.
 */
final class ExpiredBatches {
    /** The table property prefix; the ingest date follows. */
    static final String PREFIX = "nfe.batches-expired.";

    private static final String RANGE = "~";
    private static final String SEPARATOR = ",";

    private ExpiredBatches() {
    }

    /** Whether {@code properties} record batch {@code batchId} of {@code ingestDate}. */
    static boolean contains(Map<String, String> properties, LocalDate ingestDate, String batchId) {
        String value = properties.get(PREFIX + ingestDate);
        if (value == null) {
            return false;
        }
        for (String entry : value.split(SEPARATOR)) {
            if (covers(entry, batchId)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The properties to set so that {@code properties} also record {@code batchIds}, by ingest date: only the dates
     * whose value changes.
     */
    static Map<String, String> withBatches(Map<String, String> properties, Map<LocalDate, ? extends Collection<String>> batchIds) {
        Map<String, String> changed = new TreeMap<>();
        batchIds.forEach((date, ids) -> {
            String key = PREFIX + date;
            TreeSet<String> all = new TreeSet<>(decode(properties.getOrDefault(key, "")));
            if (all.addAll(ids)) {
                changed.put(key, encode(all));
            }
        });
        return changed;
    }

    /** Every id {@code value} lists, ranges expanded. */
    static List<String> decode(String value) {
        List<String> ids = new ArrayList<>();
        for (String entry : value.split(SEPARATOR)) {
            if (entry.isEmpty()) {
                continue;
            }
            int range = entry.indexOf(RANGE);
            if (range < 0) {
                ids.add(entry);
                continue;
            }
            String first = entry.substring(0, range);
            String last = entry.substring(range + 1);
            String prefix = first.substring(0, first.length() - last.length());
            for (long n = Long.parseLong(first.substring(prefix.length())); n <= Long.parseLong(last); n++) {
                ids.add(prefix + pad(n, last.length()));
            }
        }
        return ids;
    }

    /** {@code ids}, sorted, with runs of consecutive trailing numbers as ranges. */
    static String encode(Collection<String> ids) {
        List<String> entries = new ArrayList<>();
        String runPrefix = null;
        int runWidth = 0;
        long runStart = 0;
        long runEnd = 0;
        for (String id : new TreeSet<>(ids)) {
            int digits = trailingDigits(id);
            String prefix = id.substring(0, id.length() - digits);
            long number = digits == 0 || digits > 18 ? -1 : Long.parseLong(id.substring(prefix.length()));
            if (runPrefix != null && number >= 0 && prefix.equals(runPrefix) && digits == runWidth
                    && number == runEnd + 1) {
                runEnd = number;
                continue;
            }
            if (runPrefix != null) {
                entries.add(run(runPrefix, runWidth, runStart, runEnd));
                runPrefix = null;
            }
            if (number < 0) {
                entries.add(id);
            } else {
                runPrefix = prefix;
                runWidth = digits;
                runStart = number;
                runEnd = number;
            }
        }
        if (runPrefix != null) {
            entries.add(run(runPrefix, runWidth, runStart, runEnd));
        }
        return String.join(SEPARATOR, entries);
    }

    private static boolean covers(String entry, String batchId) {
        int range = entry.indexOf(RANGE);
        if (range < 0) {
            return entry.equals(batchId);
        }
        String first = entry.substring(0, range);
        String last = entry.substring(range + 1);
        int width = last.length();
        if (batchId.length() != first.length() || trailingDigits(batchId) < width) {
            return false;
        }
        String prefix = first.substring(0, first.length() - width);
        if (!batchId.startsWith(prefix)) {
            return false;
        }
        long number = Long.parseLong(batchId.substring(prefix.length()));
        return number >= Long.parseLong(first.substring(prefix.length())) && number <= Long.parseLong(last);
    }

    private static String run(String prefix, int width, long start, long end) {
        String first = prefix + pad(start, width);
        return start == end ? first : first + RANGE + pad(end, width);
    }

    private static int trailingDigits(String id) {
        int digits = 0;
        while (digits < id.length() && Character.isDigit(id.charAt(id.length() - 1 - digits))) {
            digits++;
        }
        return digits;
    }

    private static String pad(long number, int width) {
        String digits = Long.toString(number);
        return "0".repeat(Math.max(0, width - digits.length())) + digits;
    }
}
