package dev.nfe.redshift.dialect;

import dev.nfe.core.spi.Row;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Rows encoded as {@code COPY} CSV on a thread of their own, handed over in chunks of bytes through a short queue: the
 * rows' source (reading and decoding silver Parquet, in production) and the encoding run while the caller sends the
 * previous chunks to the warehouse, and memory stays bounded by the queue. Used by one caller, which closes it.
 */
final class CsvChunks implements AutoCloseable {
    private static final int QUEUED_CHUNKS = 4;
    /** Put after the last chunk. */
    private static final Chunk END = new Chunk(new byte[0], 0);

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUED_CHUNKS);
    private final Thread encoder;
    private boolean ended;

    /** The encoded bytes of a chunk: {@code bytes[0, length)}. */
    record Chunk(byte[] bytes, int length) {
    }

    private CsvChunks(Supplier<Stream<Row>> rows, int chunkBytes, String name) {
        encoder = new Thread(() -> encode(rows, chunkBytes), name);
        encoder.setDaemon(true);
    }

    /** Starts encoding the rows {@code rows} opens (and the encoder closes) into chunks of about {@code chunkBytes}. */
    static CsvChunks start(Supplier<Stream<Row>> rows, int chunkBytes, String name) {
        CsvChunks chunks = new CsvChunks(rows, chunkBytes, name);
        chunks.encoder.start();
        return chunks;
    }

    /**
     * The next chunk, or empty after the last.
     *
     * @throws IOException if the rows could not be read or encoded, or the wait was interrupted
     */
    Optional<Chunk> next() throws IOException {
        if (ended) {
            return Optional.empty();
        }
        Object next;
        try {
            next = queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while waiting for rows to copy");
        }
        if (next instanceof Failure failure) {
            ended = true;
            throw failure.rethrown();
        }
        if (next == END) {
            ended = true;
            return Optional.empty();
        }
        return Optional.of((Chunk) next);
    }

    /** Stops the encoder if it is still running (the copy failed) and waits for it to close the rows. */
    @Override
    public void close() {
        encoder.interrupt();
        boolean interrupted = false;
        while (encoder.isAlive()) {
            queue.clear();
            try {
                encoder.join(100);
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void encode(Supplier<Stream<Row>> rows, int chunkBytes) {
        try (Stream<Row> source = rows.get()) {
            CsvRowWriter csv = new CsvRowWriter(new ChunkingStream(chunkBytes));
            source.forEach(row -> {
                try {
                    csv.write(row);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            csv.flush();
            put(END);
        } catch (StoppedException e) {
            // The caller closed the chunks: nobody is waiting for more.
        } catch (RuntimeException | IOException | Error e) {
            putFailure(new Failure(e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e));
        }
    }

    private void putFailure(Failure failure) {
        try {
            put(failure);
        } catch (StoppedException e) {
            // The caller closed the chunks: nobody is waiting for the failure.
        }
    }

    private void put(Object item) {
        try {
            queue.put(item);
        } catch (InterruptedException e) {
            throw new StoppedException();
        }
    }

    /** Why the encoder stopped early, rethrown to the caller. */
    private record Failure(Throwable cause) {
        /** The cause as the {@link IOException} to throw; an unchecked cause is thrown as it is. */
        IOException rethrown() {
            if (cause instanceof IOException io) {
                return io;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            return new IOException(cause);
        }
    }

    /** The encoder was stopped by {@link #close()}. */
    private static final class StoppedException extends RuntimeException {
        StoppedException() {
            super("stopped", null, false, false);
        }
    }

    /** Collects bytes into chunks of {@code chunkBytes} and queues each full one. */
    private final class ChunkingStream extends OutputStream {
        private final int chunkBytes;
        private byte[] chunk;
        private int length;

        ChunkingStream(int chunkBytes) {
            this.chunkBytes = chunkBytes;
            this.chunk = new byte[chunkBytes];
        }

        @Override
        public void write(int b) {
            if (length == chunk.length) {
                flushChunk();
            }
            chunk[length++] = (byte) b;
        }

        @Override
        public void write(byte[] bytes, int offset, int count) {
            while (count > 0) {
                if (length == chunk.length) {
                    flushChunk();
                }
                int copied = Math.min(count, chunk.length - length);
                System.arraycopy(bytes, offset, chunk, length, copied);
                length += copied;
                offset += copied;
                count -= copied;
            }
        }

        @Override
        public void flush() {
            if (length > 0) {
                flushChunk();
            }
        }

        private void flushChunk() {
            put(new Chunk(length == chunk.length ? chunk : Arrays.copyOf(chunk, length), length));
            chunk = new byte[chunkBytes];
            length = 0;
        }
    }
}
