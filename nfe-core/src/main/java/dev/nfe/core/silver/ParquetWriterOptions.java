package dev.nfe.core.silver;

import dev.nfe.core.config.ThreadCount;
import dev.nfe.core.spi.ConfigDef;
import dev.nfe.core.spi.ConfigException;
import dev.nfe.core.spi.ConfigKey;
import dev.nfe.core.spi.ConfigSection;
import dev.nfe.core.spi.ConfigValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code parquet} writer's settings, bound once from its configuration section.
 *
 * @param maxRowsPerFile a file is closed, and the next part started, once it holds this many rows
 * @param maxBytesPerFile a file is closed once its written plus buffered bytes reach this size
 * @param rowGroupSize target size of a Parquet row group, in bytes: the most a writer buffers per open file
 * @param compression page compression
 * @param threads how many threads encode a batch's tables (each table's rows in order on one thread at a time), so
 *     the files are the same for any value
 */
public record ParquetWriterOptions(long maxRowsPerFile, long maxBytesPerFile, long rowGroupSize, Compression compression,
        int threads) {
    static final String MAX_ROWS_PER_FILE = "maxRowsPerFile";
    static final String MAX_BYTES_PER_FILE = "maxBytesPerFile";
    static final String ROW_GROUP_SIZE = "rowGroupSize";
    static final String COMPRESSION = "compression";
    static final String THREADS = "threads";

    /** Ten million rows, so that {@link #DEFAULT_MAX_BYTES_PER_FILE} usually ends a file first. */
    static final long DEFAULT_MAX_ROWS_PER_FILE = 10_000_000;
    static final long DEFAULT_MAX_BYTES_PER_FILE = 128L * 1024 * 1024;
    static final long DEFAULT_ROW_GROUP_SIZE = 64L * 1024 * 1024;
    static final Compression DEFAULT_COMPRESSION = Compression.ZSTD;
    /** Smallest accepted byte size: anything below is a unit mistake, not a useful file or row group. */
    static final long MIN_BYTES = 4096;

    /** The {@code parquet} writer's keys, which every writer of Parquet data files takes. */
    public static final ConfigDef DEFINITION = ConfigDef.of(
            ConfigKey.longInteger(MAX_ROWS_PER_FILE).atLeast(1).withDefault(DEFAULT_MAX_ROWS_PER_FILE)
                    .doc("A file is closed, and the next part started, once it holds this many rows; by default"
                            + " maxBytesPerFile usually ends it first."),
            ConfigKey.size(MAX_BYTES_PER_FILE).atLeast(MIN_BYTES).withDefault(DEFAULT_MAX_BYTES_PER_FILE)
                    .doc("A file is closed once its written plus buffered bytes reach this size."),
            ConfigKey.size(ROW_GROUP_SIZE).atLeast(MIN_BYTES)
                    .doc("Target size of a row group, the most buffered per open file; at most maxBytesPerFile, "
                            + "and the smaller of 64MiB and maxBytesPerFile when absent."),
            ConfigKey.string(COMPRESSION).withDefault(DEFAULT_COMPRESSION.configName())
                    .doc("Page compression, any case: zstd, snappy or uncompressed."),
            ConfigKey.integer(THREADS).atLeast(1).atMost(ThreadCount.MAX)
                    .doc("Threads that encode a batch's tables, each table's rows in order; the files are the same for"
                            + " any value. The machine's processor count when absent."));

    public ParquetWriterOptions {
        Objects.requireNonNull(compression, "compression");
        if (maxRowsPerFile < 1 || maxBytesPerFile < MIN_BYTES || rowGroupSize < MIN_BYTES || rowGroupSize > maxBytesPerFile
                || !ThreadCount.isValid(threads)) {
            throw new IllegalArgumentException("Cannot create ParquetWriterOptions: need maxRowsPerFile ≥ 1, "
                    + MIN_BYTES + " ≤ rowGroupSize ≤ maxBytesPerFile, 1 ≤ threads ≤ " + ThreadCount.MAX + ", was "
                    + maxRowsPerFile + ", " + rowGroupSize + ", " + maxBytesPerFile + ", " + threads);
        }
    }

    /** Options encoding on the writing thread alone. */
    public ParquetWriterOptions(long maxRowsPerFile, long maxBytesPerFile, long rowGroupSize, Compression compression) {
        this(maxRowsPerFile, maxBytesPerFile, rowGroupSize, compression, 1);
    }

    static ParquetWriterOptions defaults() {
        return new ParquetWriterOptions(DEFAULT_MAX_ROWS_PER_FILE, DEFAULT_MAX_BYTES_PER_FILE, DEFAULT_ROW_GROUP_SIZE,
                DEFAULT_COMPRESSION, ThreadCount.byDefault());
    }

    /**
     * Binds {@code section}; {@code rowGroupSize} defaults to the smaller of 64 MiB and {@code maxBytesPerFile}.
     *
     * @throws ConfigException listing every bad key with its full path
     */
    static ParquetWriterOptions from(ConfigSection section) {
        List<String> problems = new ArrayList<>();
        ConfigValues values = section.bind(DEFINITION, problems);
        ParquetWriterOptions options = from(values, problems);
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        return options;
    }

    /**
     * The options {@code values} hold, bound from a definition that includes the keys of {@link #DEFINITION}; each
     * bad key is added to {@code problems}, and then the defaults stand in for it.
     */
    public static ParquetWriterOptions from(ConfigValues values, List<String> problems) {
        long maxRows = values.isSet(MAX_ROWS_PER_FILE) ? values.longValue(MAX_ROWS_PER_FILE) : DEFAULT_MAX_ROWS_PER_FILE;
        long maxBytes = values.isSet(MAX_BYTES_PER_FILE) ? values.size(MAX_BYTES_PER_FILE) : DEFAULT_MAX_BYTES_PER_FILE;
        long rowGroup = values.isSet(ROW_GROUP_SIZE)
                ? values.size(ROW_GROUP_SIZE)
                : Math.min(DEFAULT_ROW_GROUP_SIZE, maxBytes);
        if (rowGroup > maxBytes) {
            problems.add(values.keyPath(ROW_GROUP_SIZE) + ": must be ≤ " + MAX_BYTES_PER_FILE + " (" + maxBytes
                    + "), was " + rowGroup);
        }
        Optional<Compression> compression = values.isSet(COMPRESSION)
                ? Compression.fromConfig(values.string(COMPRESSION))
                : Optional.empty();
        if (values.isSet(COMPRESSION) && compression.isEmpty()) {
            problems.add(values.keyPath(COMPRESSION) + ": must be one of " + Compression.configNames() + ", was '"
                    + values.string(COMPRESSION) + "'");
        }
        if (rowGroup > maxBytes || rowGroup < MIN_BYTES) {
            rowGroup = Math.min(DEFAULT_ROW_GROUP_SIZE, maxBytes);
        }
        int threads = values.isSet(THREADS) ? values.intValue(THREADS) : ThreadCount.byDefault();
        return new ParquetWriterOptions(maxRows, maxBytes, rowGroup, compression.orElse(DEFAULT_COMPRESSION), threads);
    }
}
