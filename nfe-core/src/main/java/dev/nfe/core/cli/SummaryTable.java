package dev.nfe.core.cli;

import dev.nfe.core.spi.RunSummary;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** Prints the summaries of a run as a table, one row per stage, and what to do next when it matters. */
final class SummaryTable {
    private static final String ROW = "%-10s %10s %10s %12s %11s %9s %11s %8s %10s%n";

    private final PrintWriter out;

    SummaryTable(PrintWriter out) {
        this.out = out;
    }

    void print(String pipeline, List<RunSummary> summaries) {
        out.printf(Locale.ROOT, "%nPipeline %s%n", pipeline);
        out.printf(Locale.ROOT, ROW, "stage", "seen", "written", "quarantined", "duplicates", "warnings", "bytes",
                "batches", "duration");
        for (RunSummary summary : summaries) {
            out.printf(Locale.ROOT, ROW, summary.stage(), count(summary.seen()), count(summary.written()),
                    count(summary.quarantined()), count(summary.duplicates()), count(summary.warnings()),
                    bytes(summary.bytes()), count(summary.batchIds().size()), duration(summary));
        }
        if (summaries.stream().anyMatch(summary -> summary.quarantined() > 0)) {
            out.println("Quarantined documents are kept under <silver>/_quarantine/, each with a .reason.json.");
        }
        summaries.stream().filter(RunSummary::isPartial).findFirst().ifPresent(partial -> out.println(
                partial.heldBy().map(holder -> "Another run holds the lake: stage " + partial.stage()
                                + " is leased to " + holder + ", so this run did nothing there; run again later")
                        .orElseGet(() -> "Stopped before the deadline in stage " + partial.stage()
                                + "; run again to continue from " + partial.continuation().values())));
        out.flush();
    }

    private static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    private static String duration(RunSummary summary) {
        return String.format(Locale.ROOT, "%.1fs", summary.duration().toMillis() / 1000.0);
    }

    /** {@code bytes} in B, KB, MB or GB (powers of 1024), one decimal. */
    static String bytes(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        String[] units = {"KB", "MB", "GB", "TB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }
}
