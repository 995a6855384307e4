package dev.nfe.aws.s3;

import dev.nfe.core.spi.AtomicOutputStream;
import dev.nfe.core.spi.CommitConflictException;
import dev.nfe.core.spi.NfeException;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.AbortMultipartUploadRequest;
import software.amazon.awssdk.services.s3.model.CompleteMultipartUploadRequest;
import software.amazon.awssdk.services.s3.model.CompletedMultipartUpload;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.CreateMultipartUploadRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectRequest;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.UploadPartRequest;

/**
 * Buffers bytes in a local temporary file and publishes them as one object on {@link #close()}.
 *
 * <p>An object of at most {@value #PART_SIZE} bytes is sent by one PutObject. A larger one becomes a multipart
 * upload: each time the buffer holds {@value #PART_SIZE} bytes it is sent as a part and emptied, so the local file
 * never exceeds one part; {@link #close()} sends the last part and completes the upload, which is when the object
 * appears. {@link Mode#CREATE} sends {@code If-None-Match: *} on the PutObject or the completion, and S3 answers
 * 412 if the key exists, reported as {@link CommitConflictException}; a HeadObject just before publishing catches
 * servers that ignore the header. {@link #abort()} deletes the buffer and aborts
 * the multipart upload, leaving any existing object untouched.
 */
final class S3AtomicOutputStream extends AtomicOutputStream {
    /** How the object is published. */
    enum Mode { CREATE, REPLACE }

    private static final Logger log = LoggerFactory.getLogger(S3AtomicOutputStream.class);
    private static final int PART_SIZE = 16 * 1024 * 1024;
    private static final int BUFFER_SIZE = 64 * 1024;
    private static final int NOT_FOUND = 404;
    private static final int PRECONDITION_FAILED = 412;
    private static final String ANY_OBJECT = "*";

    private enum State { OPEN, PUBLISHED, DISCARDED }

    private final S3Target target;
    private final Mode mode;
    private final Path buffer;
    private final FileChannel channel;
    private final OutputStream out;
    private final List<CompletedPart> parts = new ArrayList<>();
    private String uploadId;
    private long partBytes;
    private long position;
    private State state = State.OPEN;

    private S3AtomicOutputStream(S3Target target, Mode mode, Path buffer, FileChannel channel) {
        this.target = target;
        this.mode = mode;
        this.buffer = buffer;
        this.channel = channel;
        this.out = new BufferedOutputStream(Channels.newOutputStream(channel), BUFFER_SIZE);
    }

    static S3AtomicOutputStream open(S3Target target, Mode mode) {
        try {
            Path buffer = Files.createTempFile("nfe-s3-", ".part");
            return new S3AtomicOutputStream(target, mode, buffer,
                    FileChannel.open(buffer, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING));
        } catch (IOException e) {
            throw new NfeException("Cannot write " + target.path() + ": cannot create a local buffer file", e);
        }
    }

    @Override
    public void write(int b) {
        requireOpen();
        try {
            out.write(b);
        } catch (IOException e) {
            throw bufferFailure(e);
        }
        position++;
        partBytes++;
        uploadFullPart();
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
        requireOpen();
        int written = 0;
        while (written < length) {
            int count = (int) Math.min(length - written, PART_SIZE - partBytes);
            try {
                out.write(bytes, offset + written, count);
            } catch (IOException e) {
                throw bufferFailure(e);
            }
            written += count;
            position += count;
            partBytes += count;
            uploadFullPart();
        }
    }

    /** Flushes to the local buffer; publishes nothing. */
    @Override
    public void flush() {
        requireOpen();
        try {
            out.flush();
        } catch (IOException e) {
            throw bufferFailure(e);
        }
    }

    @Override
    public long position() {
        return position;
    }

    @Override
    public void close() {
        if (state != State.OPEN) {
            return;
        }
        try {
            out.flush();
            if (mode == Mode.CREATE) {
                requireAbsent();
            }
            if (uploadId == null) {
                putWhole();
            } else {
                if (partBytes > 0) {
                    uploadPart();
                }
                completeUpload();
            }
            state = State.PUBLISHED;
        } catch (IOException e) {
            discard();
            throw bufferFailure(e);
        } catch (SdkException e) {
            discard();
            throw e instanceof S3Exception s3 && s3.statusCode() == PRECONDITION_FAILED
                    ? conflict(e)
                    : S3Storage.failure("write", target.path(), e);
        } catch (RuntimeException e) {
            discard();
            throw e;
        } finally {
            if (state == State.PUBLISHED) {
                deleteBuffer();
            }
        }
    }

    @Override
    public void abort() {
        if (state == State.OPEN) {
            discard();
        }
    }

    /**
     * Fails with a conflict when the key exists. S3 enforces {@code If-None-Match} itself; this check is for
     * S3-compatible servers that ignore the header, where a writer creating the key between the check and the
     * publication is silently replaced. That window is accepted: such servers are not used for concurrent writers.
     */
    private void requireAbsent() {
        try {
            target.client().headObject(HeadObjectRequest.builder().bucket(target.bucket()).key(target.key()).build());
        } catch (NoSuchKeyException e) {
            return;
        } catch (S3Exception e) {
            if (e.statusCode() == NOT_FOUND) {
                return;
            }
            throw e;
        }
        throw conflict(null);
    }

    private void putWhole() {
        PutObjectRequest.Builder request = PutObjectRequest.builder().bucket(target.bucket()).key(target.key());
        if (mode == Mode.CREATE) {
            request.ifNoneMatch(ANY_OBJECT);
        }
        target.client().putObject(request.build(), RequestBody.fromFile(buffer));
    }

    private void uploadFullPart() {
        if (partBytes < PART_SIZE) {
            return;
        }
        try {
            out.flush();
            if (uploadId == null) {
                uploadId = target.client().createMultipartUpload(CreateMultipartUploadRequest.builder()
                        .bucket(target.bucket()).key(target.key()).build()).uploadId();
            }
            uploadPart();
        } catch (IOException e) {
            discard();
            throw bufferFailure(e);
        } catch (SdkException e) {
            discard();
            throw S3Storage.failure("write", target.path(), e);
        }
    }

    /** Sends the buffer as the next part and empties it. */
    private void uploadPart() throws IOException {
        int partNumber = parts.size() + 1;
        String eTag = target.client().uploadPart(UploadPartRequest.builder()
                        .bucket(target.bucket())
                        .key(target.key())
                        .uploadId(uploadId)
                        .partNumber(partNumber)
                        .contentLength(partBytes)
                        .build(),
                RequestBody.fromFile(buffer)).eTag();
        parts.add(CompletedPart.builder().partNumber(partNumber).eTag(eTag).build());
        channel.truncate(0);
        channel.position(0);
        partBytes = 0;
    }

    private void completeUpload() {
        CompleteMultipartUploadRequest.Builder request = CompleteMultipartUploadRequest.builder()
                .bucket(target.bucket())
                .key(target.key())
                .uploadId(uploadId)
                .multipartUpload(CompletedMultipartUpload.builder().parts(parts).build());
        if (mode == Mode.CREATE) {
            request.ifNoneMatch(ANY_OBJECT);
        }
        target.client().completeMultipartUpload(request.build());
    }

    private CommitConflictException conflict(Exception cause) {
        return new CommitConflictException("Cannot create " + target.path() + ": the object already exists", cause);
    }

    /** Deletes the buffer and aborts the multipart upload; cleanup failures are logged, not thrown. */
    private void discard() {
        state = State.DISCARDED;
        deleteBuffer();
        if (uploadId != null) {
            try {
                target.client().abortMultipartUpload(AbortMultipartUploadRequest.builder()
                        .bucket(target.bucket()).key(target.key()).uploadId(uploadId).build());
            } catch (SdkException e) {
                log.error("Cannot abort the multipart upload of {}; a bucket lifecycle rule should expire it",
                        target.path(), e);
            }
        }
    }

    private void deleteBuffer() {
        try {
            channel.close();
            Files.deleteIfExists(buffer);
        } catch (IOException e) {
            log.error("Cannot delete the local buffer {} of {}", buffer, target.path(), e);
        }
    }

    private NfeException bufferFailure(IOException e) {
        return new NfeException("Cannot write " + target.path() + ": local buffer failed", e);
    }

    private void requireOpen() {
        if (state != State.OPEN) {
            throw new NfeException(
                    "Cannot write " + target.path() + ": the stream is " + state.name().toLowerCase(Locale.ROOT));
        }
    }
}
