package dev.nfe.core.silver;

import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandleProxies;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Map;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.bytes.ByteBufferAllocator;
import org.apache.parquet.bytes.HeapByteBufferAllocator;
import org.apache.parquet.column.ParquetProperties;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.crypto.FileDecryptionProperties;
import org.apache.parquet.crypto.FileEncryptionProperties;
import org.apache.parquet.filter2.compat.FilterCompat;
import org.apache.parquet.format.converter.ParquetMetadataConverter;
import org.apache.parquet.hadoop.ParquetMetricsCallback;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.io.InputFile;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.schema.MessageType;

/**
 * The few parquet-java calls that cannot be written directly without Hadoop on the compile or runtime classpath.
 *
 * <p>Why method handles: each of these methods is overloaded with a Hadoop-typed sibling
 * (the {@code ParquetFileWriter} constructors, {@code ParquetFileReader.open(Configuration, Path)}), and
 * javac must load {@code org.apache.hadoop.fs.Path} or {@code org.apache.hadoop.conf.Configuration} to resolve a call
 * to any of them. A method handle is resolved at run time by exact name and descriptor, which loads neither class.
 * Every other parquet-java call is made directly.
 *
 * <p>{@link ParquetReadOptions} is built through its package-private constructor, because both public ways to build
 * one ({@code ParquetReadOptions.builder(…)}) create a default {@code CodecFactory} in the builder's constructor,
 * before any {@code withCodecFactory}, and that class cannot be loaded without Hadoop's compression classes. The
 * options are the builder's defaults except that page checksums are verified (the writer writes them) and pages are
 * decompressed by {@link HadoopFreeCodecFactory}. A parquet-java upgrade that changes one of these signatures fails
 * when this class is initialised, naming the method; {@code HadoopFreeParquetTest} pins them.
 */
final class HadoopFreeParquet {
    /** {@code new ParquetFileWriter(OutputFile, MessageType, Mode, long, int, FileEncryptionProperties, ParquetProperties)}. */
    public interface FileWriters {
        ParquetFileWriter create(OutputFile file, MessageType schema, ParquetFileWriter.Mode mode, long rowGroupSize,
                int maxPaddingSize, FileEncryptionProperties encryption, ParquetProperties properties) throws IOException;
    }

    /** {@code ParquetFileReader.open(InputFile, ParquetReadOptions)}. */
    public interface FileReaders {
        ParquetFileReader open(InputFile file, ParquetReadOptions options) throws IOException;
    }

    /** The package-private {@code ParquetReadOptions} constructor, with every option but these two fixed. */
    public interface ReadOptionsFactory {
        ParquetReadOptions create(CompressionCodecFactory codecs, ParquetConfiguration conf);
    }

    /** {@code parquet.read.allocation.size}'s default: the largest single buffer a read allocates. */
    private static final int MAX_ALLOCATION_SIZE = 8 * 1024 * 1024;

    private static final FileWriters FILE_WRITERS = proxy(FileWriters.class, findConstructor(ParquetFileWriter.class,
            MethodType.methodType(void.class, OutputFile.class, MessageType.class, ParquetFileWriter.Mode.class, long.class,
                    int.class, FileEncryptionProperties.class, ParquetProperties.class)));
    private static final FileReaders FILE_READERS = proxy(FileReaders.class,
            findStatic(ParquetFileReader.class, "open",
                    MethodType.methodType(ParquetFileReader.class, InputFile.class, ParquetReadOptions.class)));

    private static final ReadOptionsFactory READ_OPTIONS = proxy(ReadOptionsFactory.class, readOptionsConstructor());

    private HadoopFreeParquet() {
    }

    /**
     * A file writer on {@code file}, overwriting it, without padding or encryption; {@code rowGroupSize} is only the
     * size the writer reports to its callers.
     */
    static ParquetFileWriter fileWriter(OutputFile file, MessageType schema, long rowGroupSize, ParquetProperties properties)
            throws IOException {
        return FILE_WRITERS.create(file, schema, ParquetFileWriter.Mode.OVERWRITE, rowGroupSize, 0, null, properties);
    }

    /** Opens {@code file} with a {@link PlainParquetConfiguration} and {@link HadoopFreeCodecFactory}. */
    static ParquetFileReader openFile(InputFile file, ParquetConfiguration conf) throws IOException {
        return FILE_READERS.open(file, READ_OPTIONS.create(new HadoopFreeCodecFactory(), conf));
    }

    static <F> F proxy(Class<F> functionalInterface, MethodHandle handle) {
        return MethodHandleProxies.asInterfaceInstance(functionalInterface, handle);
    }

    private static MethodHandle readOptionsConstructor() {
        try {
            MethodHandle constructor = MethodHandles.privateLookupIn(ParquetReadOptions.class, MethodHandles.lookup())
                    .findConstructor(ParquetReadOptions.class, MethodType.methodType(void.class,
                            boolean.class, boolean.class, boolean.class, boolean.class, boolean.class, boolean.class,
                            boolean.class, boolean.class, boolean.class, FilterCompat.Filter.class,
                            ParquetMetadataConverter.MetadataFilter.class, CompressionCodecFactory.class,
                            ByteBufferAllocator.class, int.class, Map.class, FileDecryptionProperties.class,
                            ParquetMetricsCallback.class, ParquetConfiguration.class));
            MethodHandle withOptions = MethodHandles.insertArguments(constructor, 0,
                    false, // useSignedStringMinMax
                    true, // useStatsFilter
                    true, // useDictionaryFilter
                    true, // useRecordFilter
                    true, // useColumnIndexFilter
                    true, // usePageChecksumVerification
                    true, // useBloomFilter
                    false, // useOffHeapDecryptBuffer
                    false, // useHadoopVectoredIo
                    FilterCompat.NOOP,
                    ParquetMetadataConverter.NO_FILTER);
            return MethodHandles.insertArguments(withOptions, 1,
                    HeapByteBufferAllocator.getInstance(),
                    MAX_ALLOCATION_SIZE,
                    Map.of(), // properties
                    null, // no decryption
                    null); // no metrics callback
        } catch (NoSuchMethodException | IllegalAccessException e) {
            throw incompatible(ParquetReadOptions.class, "<init>", e);
        }
    }

    private static MethodHandle findStatic(Class<?> owner, String name, MethodType type) {
        try {
            return MethodHandles.publicLookup().findStatic(owner, name, type);
        } catch (NoSuchMethodException | IllegalAccessException e) {
            throw incompatible(owner, name, e);
        }
    }

    private static MethodHandle findConstructor(Class<?> owner, MethodType type) {
        try {
            return MethodHandles.publicLookup().findConstructor(owner, type);
        } catch (NoSuchMethodException | IllegalAccessException e) {
            throw incompatible(owner, "<init>", e);
        }
    }

    static MethodHandle findVirtual(Class<?> owner, String name, MethodType type) {
        try {
            return MethodHandles.publicLookup().findVirtual(owner, name, type);
        } catch (NoSuchMethodException | IllegalAccessException e) {
            throw incompatible(owner, name, e);
        }
    }

    private static IllegalStateException incompatible(Class<?> owner, String name, ReflectiveOperationException e) {
        return new IllegalStateException("Cannot use " + owner.getName() + "." + name
                + ": the parquet-java on the classpath is not the version nfe-core was built with", e);
    }
}
