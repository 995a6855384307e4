package dev.nfe.core.silver;

import java.util.Optional;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.PositionOutputStream;

/**
 * Parquet's view of a {@link dev.nfe.core.spi.OutputFile}, so Parquet writes straight to {@link
 * dev.nfe.core.spi.Storage} without a Hadoop file system. It opens one stream and keeps it, because the writer needs
 * the stream's digest after Parquet closes it, and must be able to abort it.
 */
final class StorageOutputFile implements OutputFile {
    private final dev.nfe.core.spi.OutputFile file;
    private DigestingPositionOutputStream stream;

    StorageOutputFile(dev.nfe.core.spi.OutputFile file) {
        this.file = file;
    }

    @Override
    public PositionOutputStream create(long blockSizeHint) {
        return open(file.create());
    }

    @Override
    public PositionOutputStream createOrOverwrite(long blockSizeHint) {
        return open(file.createOrOverwrite());
    }

    private PositionOutputStream open(dev.nfe.core.spi.AtomicOutputStream out) {
        if (stream != null) {
            out.abort();
            throw new IllegalStateException("Cannot open " + file.path() + " twice");
        }
        stream = new DigestingPositionOutputStream(out);
        return stream;
    }

    /** The stream Parquet opened, if it opened one yet. */
    Optional<DigestingPositionOutputStream> stream() {
        return Optional.ofNullable(stream);
    }

    @Override
    public boolean supportsBlockSize() {
        return false;
    }

    @Override
    public long defaultBlockSize() {
        return 0;
    }

    @Override
    public String getPath() {
        return file.path();
    }
}
