package dev.nfe.core.silver;

import dev.nfe.core.spi.ConfigException;
import dev.nfe.core.spi.ConfigSection;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * The {@code parquet} writer's settings, bound once from its configuration section.
 *
 * @param maxRowsPerFile a file is closed, and the next part started, once it holds this many rows
 * @param maxBytesPerFile a file is closed once its written plus buffered bytes reach this size
 * @param rowGroupSize target size of a Parquet row group, in bytes: the most a writer buffers per open file
 * @param compression page compression
 */
record ParquetWriterOptions(long maxRowsPerFile, long maxBytesPerFile, long rowGroupSize, Compression compression) {
    static final String MAX_ROWS_PER_FILE = "maxRowsPerFile";
    static final String MAX_BYTES_PER_FILE = "maxBytesPerFile";
    static final String ROW_GROUP_SIZE = "rowGroupSize";
    static final String COMPRESSION = "compression";

    static final long DEFAULT_MAX_ROWS_PER_FILE = 1_000_000;
    static final long DEFAULT_MAX_BYTES_PER_FILE = 128L * 1024 * 1024;
    static final long DEFAULT_ROW_GROUP_SIZE = 64L * 1024 * 1024;
    static final Compression DEFAULT_COMPRESSION = Compression.ZSTD;
    /** Smallest accepted byte size: anything below is a unit mistake, not a useful file or row group. */
    static final long MIN_BYTES = 4096;

    private static final Set<String> KEYS = Set.of("type", MAX_ROWS_PER_FILE, MAX_BYTES_PER_FILE, ROW_GROUP_SIZE, COMPRESSION);

    ParquetWriterOptions {
        Objects.requireNonNull(compression, "compression");
        if (maxRowsPerFile < 1 || maxBytesPerFile < MIN_BYTES || rowGroupSize < MIN_BYTES || rowGroupSize > maxBytesPerFile) {
            throw new IllegalArgumentException("Cannot create ParquetWriterOptions: need maxRowsPerFile ≥ 1, "
                    + MIN_BYTES + " ≤ rowGroupSize ≤ maxBytesPerFile, was " + maxRowsPerFile + ", " + rowGroupSize
                    + ", " + maxBytesPerFile);
        }
    }

    static ParquetWriterOptions defaults() {
        return new ParquetWriterOptions(DEFAULT_MAX_ROWS_PER_FILE, DEFAULT_MAX_BYTES_PER_FILE, DEFAULT_ROW_GROUP_SIZE,
                DEFAULT_COMPRESSION);
    }

    /**
     * Binds {@code section}; {@code rowGroupSize} defaults to the smaller of 64 MiB and {@code maxBytesPerFile}.
     *
     * @throws ConfigException listing every bad key with its full path
     */
    static ParquetWriterOptions from(ConfigSection section) {
        List<String> problems = new ArrayList<>();
        for (String key : new TreeSet<>(section.values().keySet())) {
            if (!KEYS.contains(key)) {
                problems.add(section.keyPath(key) + ": unknown key, expected one of " + new TreeSet<>(KEYS));
            }
        }
        long maxRows = collect(problems, () -> section.longValue(MAX_ROWS_PER_FILE, DEFAULT_MAX_ROWS_PER_FILE, 1), DEFAULT_MAX_ROWS_PER_FILE);
        long maxBytes = collect(problems, () -> section.longValue(MAX_BYTES_PER_FILE, DEFAULT_MAX_BYTES_PER_FILE, MIN_BYTES), DEFAULT_MAX_BYTES_PER_FILE);
        long rowGroup = collect(problems,
                () -> section.longValue(ROW_GROUP_SIZE, Math.min(DEFAULT_ROW_GROUP_SIZE, maxBytes), MIN_BYTES), MIN_BYTES);
        if (rowGroup > maxBytes) {
            problems.add(section.keyPath(ROW_GROUP_SIZE) + ": must be ≤ " + MAX_BYTES_PER_FILE + " (" + maxBytes + "), was " + rowGroup);
        }
        Compression compression = section.string(COMPRESSION)
                .map(value -> Compression.fromConfig(value).orElseGet(() -> {
                    problems.add(section.keyPath(COMPRESSION) + ": must be one of " + Compression.configNames() + ", was " + value);
                    return DEFAULT_COMPRESSION;
                }))
                .orElse(DEFAULT_COMPRESSION);
        if (!problems.isEmpty()) {
            throw new ConfigException(String.join("; ", problems));
        }
        return new ParquetWriterOptions(maxRows, maxBytes, rowGroup, compression);
    }

    private static long collect(List<String> problems, Supplier<Long> value, long fallback) {
        try {
            return value.get();
        } catch (ConfigException e) {
            problems.add(e.getMessage());
            return fallback;
        }
    }
}
