package dev.nfe.spark;

/**
 * How the job splits and writes a silver batch.
 *
 * @param documentsPerPartition documents mapped by one Spark task (more partitions when the cluster has more cores
 *     than that gives)
 * @param rowsPerFile rows of one table in one Parquet file, at most; a table of a batch has at least one file
 * @param compression the Parquet codec ({@code zstd}, as the library writes, {@code snappy}, …)
 */
record SparkJobOptions(int documentsPerPartition, long rowsPerFile, String compression) {
    static final SparkJobOptions DEFAULTS = new SparkJobOptions(2_000, 4_000_000, "zstd");

    SparkJobOptions {
        if (documentsPerPartition < 1 || rowsPerFile < 1) {
            throw new IllegalArgumentException("Cannot split a batch with " + documentsPerPartition
                    + " documents a partition and " + rowsPerFile + " rows a file: both must be positive");
        }
    }

    /** The partitions for {@code documents}: enough for every core, each at most {@code documentsPerPartition}. */
    int partitions(int documents, int cores) {
        int bySize = (int) Math.ceil(documents / (double) documentsPerPartition);
        return Math.max(1, Math.min(Math.max(documents, 1), Math.max(bySize, cores)));
    }

    /** The files for {@code rows} rows of one table, at most one per partition. */
    int filesFor(long rows, int partitions) {
        return (int) Math.max(1, Math.min(partitions, (rows + rowsPerFile - 1) / rowsPerFile));
    }
}
