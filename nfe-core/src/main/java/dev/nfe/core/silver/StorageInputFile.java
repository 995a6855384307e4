package dev.nfe.core.silver;

import dev.nfe.core.spi.SeekableInputStream;
import java.io.IOException;
import org.apache.parquet.io.DelegatingSeekableInputStream;
import org.apache.parquet.io.InputFile;

/** Parquet's view of a {@link dev.nfe.core.spi.InputFile}, so Parquet reads from {@code Storage} without Hadoop. */
final class StorageInputFile implements InputFile {
    private final dev.nfe.core.spi.InputFile file;

    StorageInputFile(dev.nfe.core.spi.InputFile file) {
        this.file = file;
    }

    @Override
    public long getLength() {
        return file.length();
    }

    @Override
    public org.apache.parquet.io.SeekableInputStream newStream() {
        SeekableInputStream in = file.newStream();
        return new DelegatingSeekableInputStream(in) {
            @Override
            public long getPos() throws IOException {
                return in.position();
            }

            @Override
            public void seek(long newPos) throws IOException {
                in.seek(newPos);
            }
        };
    }

    @Override
    public String toString() {
        return file.path();
    }
}
