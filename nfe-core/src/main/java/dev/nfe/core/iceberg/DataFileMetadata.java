package dev.nfe.core.iceberg;

import dev.nfe.core.silver.TableFileWriter;
import org.apache.iceberg.DataFile;
import org.apache.iceberg.DataFiles;
import org.apache.iceberg.FileFormat;
import org.apache.iceberg.Table;

/**
 * The Iceberg description of a data file our writer produced: location, size, partition, row count and column
 * metrics from its Parquet footer ({@link FooterMetrics}), and the row groups' offsets for split planning. What an
 * append (a batch) and a rewrite (a compaction) commit alike.
 */
final class DataFileMetadata {
    private DataFileMetadata() {
    }

    /** The data file of {@code table} in partition {@code partition} ({@code ingest_date=D}) that {@code file} is. */
    static DataFile of(IcebergLake lake, Table table, String partition, TableFileWriter.WrittenFile file) {
        return DataFiles.builder(table.spec())
                .withPath(lake.storage().location(file.file().path()))
                .withFormat(FileFormat.PARQUET)
                .withFileSizeInBytes(file.file().bytes())
                .withPartitionPath(partition)
                .withMetrics(FooterMetrics.of(file.footer(), table.schema()))
                .withSplitOffsets(file.footer().getBlocks().stream().map(block -> block.getStartingPos()).toList())
                .build();
    }
}
