package dev.nfe.core.silver;

import dev.nfe.core.spi.BatchFile;
import dev.nfe.core.spi.NfeException;
import dev.nfe.core.spi.Row;
import dev.nfe.core.spi.Storage;
import java.io.IOException;
import java.util.List;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.ColumnWriteStore;
import org.apache.parquet.column.ColumnWriter;
import org.apache.parquet.column.ParquetProperties;
import org.apache.parquet.compression.CompressionCodecFactory.BytesInputCompressor;
import org.apache.parquet.hadoop.ColumnChunkPageWriteStore;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.metadata.ParquetMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One open Parquet data file of a table: rows go in, a {@link BatchFile} with the file's size and SHA-256 comes out
 * when it is finished. The file is written with {@code createOrOverwrite}, so a rerun of a batch whose earlier attempt
 * died before its manifest replaces that attempt's files with identical ones.
 *
 * <p>Rows go straight from {@link Row} into parquet-column's column writers through a {@link RowEncoder}, with no
 * intermediate record objects, and row groups are handed to parquet-hadoop's {@link ParquetFileWriter} (the
 * Hadoop-free part of it, on a {@link StorageOutputFile}), compressed by {@link HadoopFreeCodecFactory}. The buffered
 * size is measured only every so many rows, at points that depend on the data alone, so where a row group ends is
 * the same in every run. Nothing in the file varies between runs: Parquet writes no timestamps, {@code created_by}
 * names only the library version, and the key-value metadata is the table's {@link TableFileFormat#footer()}.
 *
 * <p>Not thread-safe.
 */
final class PartFileWriter {
    private static final Logger log = LoggerFactory.getLogger(PartFileWriter.class);
    /** Fewest rows between two measurements of the buffered size. */
    private static final long MIN_ROWS_BETWEEN_CHECKS = 100;
    /** Most rows between two measurements of the buffered size. */
    private static final long MAX_ROWS_BETWEEN_CHECKS = 10_000;

    private final String path;
    private final String table;
    private final TableFileFormat format;
    private final long rowGroupSize;
    private final ParquetFileWriter file;
    private final DigestingPositionOutputStream stream;
    private final HadoopFreeCodecFactory codecs;
    private final BytesInputCompressor compressor;
    private final RowEncoder encoder;
    private final ColumnWriter[] writers;
    private ColumnChunkPageWriteStore pages;
    private ColumnWriteStore columns;
    private long rows;
    private long groupRows;
    private long nextCheck = MIN_ROWS_BETWEEN_CHECKS;
    private long lastBufferedBytes;

    private PartFileWriter(String path, String table, TableFileFormat format, long rowGroupSize, ParquetFileWriter file,
            DigestingPositionOutputStream stream, HadoopFreeCodecFactory codecs, BytesInputCompressor compressor) {
        this.path = path;
        this.table = table;
        this.format = format;
        this.rowGroupSize = rowGroupSize;
        this.file = file;
        this.stream = stream;
        this.codecs = codecs;
        this.compressor = compressor;
        this.encoder = new RowEncoder(format.table());
        this.writers = new ColumnWriter[format.schema().getColumns().size()];
        startRowGroup();
    }

    static PartFileWriter open(Storage storage, String path, String table, TableFileFormat format,
            ParquetWriterOptions options) {
        StorageOutputFile output = new StorageOutputFile(storage.newOutputFile(path));
        HadoopFreeCodecFactory codecs = new HadoopFreeCodecFactory();
        try {
            ParquetFileWriter file = HadoopFreeParquet.fileWriter(output, format.schema(), options.rowGroupSize(),
                    format.properties());
            file.start();
            DigestingPositionOutputStream stream = output.stream()
                    .orElseThrow(() -> new IllegalStateException("Parquet did not open " + path));
            return new PartFileWriter(path, table, format, options.rowGroupSize(), file, stream, codecs,
                    codecs.getCompressor(options.compression().codec()));
        } catch (IOException e) {
            output.stream().ifPresent(DigestingPositionOutputStream::abort);
            codecs.release();
            throw new NfeException("Cannot open Parquet file " + path + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            output.stream().ifPresent(DigestingPositionOutputStream::abort);
            codecs.release();
            throw e;
        }
    }

    void write(Row row) {
        encoder.write(row, writers);
        columns.endRecord();
        rows++;
        groupRows++;
        if (groupRows >= nextCheck) {
            checkRowGroupSize();
        }
    }

    long rows() {
        return rows;
    }

    /** Bytes written to storage plus bytes buffered for the open row group, as last measured. */
    long dataSize() {
        return stream.getPos() + lastBufferedBytes;
    }

    /** Bytes the open row group held in memory when last measured. */
    long bufferedBytes() {
        return lastBufferedBytes;
    }

    /**
     * Writes the last row group and the footer, and publishes the file.
     *
     * @return the file as its manifest names it
     */
    BatchFile finish() {
        try {
            flushRowGroup();
            file.end(format.footer());
        } catch (IOException e) {
            stream.abort();
            throw new NfeException("Cannot finish Parquet file " + path + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            stream.abort();
            throw e;
        } finally {
            release();
        }
        return new BatchFile(path, table, rows, stream.getPos(), stream.sha256Hex());
    }

    /** The finished file's footer: its schema, row groups and column statistics. Only after {@link #finish()}. */
    ParquetMetadata footer() {
        return file.getFooter();
    }

    /** Discards the file and releases its buffers and compressors. */
    void abort() {
        stream.abort();
        try {
            columns.close();
            pages.close();
            file.close();
        } catch (IOException | RuntimeException e) {
            log.error("Cannot release the Parquet writer of aborted file {}", path, e);
        } finally {
            release();
        }
    }

    private void checkRowGroupSize() {
        long buffered = columns.getBufferedSize();
        lastBufferedBytes = buffered;
        long rowSize = Math.max(1, buffered / groupRows);
        if (buffered > rowGroupSize - 2 * rowSize) {
            try {
                flushRowGroup();
            } catch (IOException e) {
                throw new NfeException("Cannot write Parquet file " + path + ": " + e.getMessage(), e);
            }
            startRowGroup();
            nextCheck = MIN_ROWS_BETWEEN_CHECKS;
        } else {
            long halfwayToFull = (rowGroupSize - buffered) / rowSize / 2;
            nextCheck = groupRows + Math.max(MIN_ROWS_BETWEEN_CHECKS, Math.min(MAX_ROWS_BETWEEN_CHECKS, halfwayToFull));
        }
    }

    private void startRowGroup() {
        pages = ColumnChunkPageWriteStore.builder()
                .withSchema(format.schema())
                .withAllocator(format.properties().getAllocator())
                .withColumnIndexTruncateLength(format.properties().getColumnIndexTruncateLength())
                .withPageWriteChecksumEnabled(format.properties().getPageWriteChecksumEnabled())
                .withCompressorProvider(column -> compressor)
                .build();
        columns = format.properties().newColumnWriteStore(format.schema(), pages, pages);
        List<ColumnDescriptor> descriptors = format.schema().getColumns();
        for (int i = 0; i < writers.length; i++) {
            writers[i] = columns.getColumnWriter(descriptors.get(i));
        }
        groupRows = 0;
    }

    private void flushRowGroup() throws IOException {
        if (groupRows > 0) {
            file.startBlock(groupRows);
            columns.flush();
            pages.flushToFileWriter(file);
            file.endBlock();
        }
        columns.close();
        pages.close();
        lastBufferedBytes = 0;
    }

    private void release() {
        codecs.release();
    }
}
