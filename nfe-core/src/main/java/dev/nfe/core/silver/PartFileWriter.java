package dev.nfe.core.silver;

import dev.nfe.core.spi.BatchFile;
import dev.nfe.core.spi.NfeException;
import dev.nfe.core.spi.Row;
import dev.nfe.core.spi.Storage;
import java.io.IOException;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.parquet.column.ParquetProperties;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One open Parquet data file of a table: rows go in, a {@link BatchFile} with the file's size and SHA-256 comes out
 * when it is finished. The file is written with {@code createOrOverwrite}, so a rerun of a batch whose earlier attempt
 * died before its manifest replaces that attempt's files with identical ones.
 *
 * <p>Parquet is configured from a {@code PlainParquetConfiguration} (see {@link HadoopFreeParquet}) and compresses through
 * {@link HadoopFreeCodecFactory}, so no Hadoop class is loaded. Nothing in the file varies between runs: Parquet
 * writes no timestamps, {@code created_by} names only the library version, and the key-value metadata holds the Avro
 * schema alone.
 */
final class PartFileWriter {
    private static final Logger log = LoggerFactory.getLogger(PartFileWriter.class);

    private final String path;
    private final String table;
    private final AvroRowCodec codec;
    private final ParquetWriter<GenericRecord> writer;
    private final DigestingPositionOutputStream stream;
    private long rows;

    private PartFileWriter(String path, String table, AvroRowCodec codec, ParquetWriter<GenericRecord> writer,
            DigestingPositionOutputStream stream) {
        this.path = path;
        this.table = table;
        this.codec = codec;
        this.writer = writer;
        this.stream = stream;
    }

    static PartFileWriter open(Storage storage, String path, String table, AvroRowCodec codec, ParquetWriterOptions options) {
        StorageOutputFile file = new StorageOutputFile(storage.newOutputFile(path));
        try {
            ParquetWriter<GenericRecord> writer = HadoopFreeParquet.avroWriter(file)
                    .withSchema(codec.schema())
                    .withDataModel(GenericData.get())
                    .withCodecFactory(new HadoopFreeCodecFactory())
                    .withCompressionCodec(options.compression().codec())
                    .withRowGroupSize(options.rowGroupSize())
                    .withWriterVersion(ParquetProperties.WriterVersion.PARQUET_1_0)
                    .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
                    .build();
            DigestingPositionOutputStream stream = file.stream()
                    .orElseThrow(() -> new IllegalStateException("Parquet did not open " + path));
            return new PartFileWriter(path, table, codec, writer, stream);
        } catch (IOException e) {
            file.stream().ifPresent(DigestingPositionOutputStream::abort);
            throw new NfeException("Cannot open Parquet file " + path + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            file.stream().ifPresent(DigestingPositionOutputStream::abort);
            throw e;
        }
    }

    void write(Row row) {
        GenericRecord record = codec.toRecord(row);
        try {
            writer.write(record);
        } catch (IOException e) {
            throw new NfeException("Cannot write Parquet file " + path + ": " + e.getMessage(), e);
        }
        rows++;
    }

    long rows() {
        return rows;
    }

    /** Bytes written to storage plus bytes buffered for the open row group. */
    long dataSize() {
        return writer.getDataSize();
    }

    /** Bytes written to storage so far; {@link #dataSize()} minus this is what the open row group holds in memory. */
    long writtenBytes() {
        return stream.getPos();
    }

    /**
     * Writes the footer and publishes the file.
     *
     * @return the file as its manifest names it
     */
    BatchFile finish() {
        try {
            writer.close();
        } catch (IOException e) {
            stream.abort();
            throw new NfeException("Cannot finish Parquet file " + path + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            stream.abort();
            throw e;
        }
        return new BatchFile(path, table, rows, stream.getPos(), stream.sha256Hex());
    }

    /** Discards the file; the Parquet writer is still closed to release its buffers and compressors. */
    void abort() {
        stream.abort();
        try {
            writer.close();
        } catch (IOException | RuntimeException e) {
            log.error("Cannot release the Parquet writer of aborted file {}", path, e);
        }
    }
}
