package dev.nfe.core.iceberg;

import java.time.Duration;
import java.util.Objects;

/**
 * What {@link IcebergMaintenance#run} does to each table of a layer.
 *
 * @param targetFileSize compaction writes files of about this many bytes, and compacts a partition's files smaller
 *     than it; at least 4 KiB
 * @param retain snapshots younger than this are never expired, whatever {@code retainLast} says; this is what keeps
 *     a batch visible to the load stage until it has been loaded, so it must exceed the longest time a batch may wait
 *     for its load
 * @param retainLast the number of most recent snapshots kept however old they are; at least 1
 * @param orphansOlderThan a file no retained snapshot references is deleted only once it was last written longer ago
 *     than this, which spares the files of commits in flight
 * @param mode whether to change the tables or only report what would change
 */
public record MaintenanceOptions(long targetFileSize, Duration retain, int retainLast, Duration orphansOlderThan,
        Mode mode) {
    /** The smallest target file size: a Parquet file of fewer bytes could not hold one row group. */
    public static final long MIN_TARGET_FILE_SIZE = 4096;

    public MaintenanceOptions {
        Objects.requireNonNull(retain, "retain");
        Objects.requireNonNull(orphansOlderThan, "orphansOlderThan");
        Objects.requireNonNull(mode, "mode");
        if (targetFileSize < MIN_TARGET_FILE_SIZE) {
            throw new IllegalArgumentException("Cannot create MaintenanceOptions: targetFileSize must be at least "
                    + MIN_TARGET_FILE_SIZE + " bytes, was " + targetFileSize);
        }
        if (retain.isNegative() || orphansOlderThan.isNegative()) {
            throw new IllegalArgumentException("Cannot create MaintenanceOptions: retain and orphansOlderThan must not"
                    + " be negative, were " + retain + " and " + orphansOlderThan);
        }
        if (retainLast < 1) {
            throw new IllegalArgumentException("Cannot create MaintenanceOptions: retainLast must be at least 1, was "
                    + retainLast);
        }
    }

    /** 128 MiB files, snapshots kept 7 days and at least the last one, orphans removed after 3 days; applied. */
    public static MaintenanceOptions defaults() {
        return new MaintenanceOptions(128L << 20, Duration.ofDays(7), 1, Duration.ofDays(3), Mode.APPLY);
    }

    /** These options with {@code bytes} as the target file size. */
    public MaintenanceOptions withTargetFileSize(long bytes) {
        return new MaintenanceOptions(bytes, retain, retainLast, orphansOlderThan, mode);
    }

    /** These options keeping snapshots younger than {@code duration}. */
    public MaintenanceOptions withRetain(Duration duration) {
        return new MaintenanceOptions(targetFileSize, duration, retainLast, orphansOlderThan, mode);
    }

    /** These options keeping the {@code count} most recent snapshots. */
    public MaintenanceOptions withRetainLast(int count) {
        return new MaintenanceOptions(targetFileSize, retain, count, orphansOlderThan, mode);
    }

    /** These options deleting orphan files last written longer ago than {@code duration}. */
    public MaintenanceOptions withOrphansOlderThan(Duration duration) {
        return new MaintenanceOptions(targetFileSize, retain, retainLast, duration, mode);
    }

    /** These options in {@code newMode}. */
    public MaintenanceOptions withMode(Mode newMode) {
        return new MaintenanceOptions(targetFileSize, retain, retainLast, orphansOlderThan, newMode);
    }

    /** Whether maintenance changes the tables. */
    public enum Mode {
        /** Compact, expire and delete. */
        APPLY,
        /** Plan and report only; change nothing. */
        DRY_RUN
    }
}
