package dev.nfe.core.extract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reads a response body from its publisher within two bounds: at most {@code idle} without a byte arriving, and at
 * most {@code total} for the whole body. A stalled or dripping body then ends in an {@link HttpTimeoutException}
 * (an I/O error, so retried) instead of blocking for ever; the subscription is cancelled, which releases the
 * connection. One buffer is requested at a time, so at most one is held beyond what was read.
 */
final class BodyReader implements Flow.Subscriber<List<ByteBuffer>> {
    private static final Object END = new Object();

    private final BlockingQueue<Object> arrived = new LinkedBlockingQueue<>();
    private volatile Flow.Subscription subscription;

    private BodyReader() {
    }

    /** A subscriber to hand to {@link java.net.http.HttpResponse.BodyHandlers#ofPublisher()}'s publisher. */
    static BodyReader subscribe(Flow.Publisher<List<ByteBuffer>> body) {
        BodyReader reader = new BodyReader();
        body.subscribe(reader);
        return reader;
    }

    /**
     * The body's first {@code limit} bytes, or {@code limit + 1} bytes when it has more (the rest is not read).
     *
     * @throws HttpTimeoutException when no byte arrives for {@code idle}, or the body takes longer than {@code total}
     * @throws IOException when the connection fails while the body arrives
     * @throws InterruptedException when interrupted while waiting; the subscription is then cancelled
     */
    byte[] read(long limit, Duration idle, Duration total) throws IOException, InterruptedException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long end = System.nanoTime() + total.toNanos();
        try {
            while (true) {
                long left = end - System.nanoTime();
                if (left <= 0) {
                    throw new HttpTimeoutException("the body took longer than " + total + " (timeouts.body), "
                            + out.size() + " bytes read");
                }
                Object next = arrived.poll(Math.min(idle.toNanos(), left), TimeUnit.NANOSECONDS);
                if (next == null) {
                    if (end - System.nanoTime() <= 0) {
                        continue;
                    }
                    throw new HttpTimeoutException("no body bytes for " + idle + " (timeouts.idle), " + out.size()
                            + " bytes read");
                }
                if (next == END) {
                    return out.toByteArray();
                }
                if (next instanceof Throwable failure) {
                    throw failure instanceof IOException io ? io : new IOException(failure.getMessage(), failure);
                }
                for (Object buffer : (List<?>) next) {
                    ByteBuffer bytes = (ByteBuffer) buffer;
                    int take = (int) Math.min(bytes.remaining(), limit + 1 - out.size());
                    byte[] chunk = new byte[take];
                    bytes.get(chunk);
                    out.write(chunk, 0, take);
                }
                if (out.size() > limit) {
                    cancel();
                    return out.toByteArray();
                }
                subscription.request(1);
            }
        } catch (IOException | InterruptedException | RuntimeException e) {
            cancel();
            throw e;
        }
    }

    private void cancel() {
        Flow.Subscription current = subscription;
        if (current != null) {
            current.cancel();
        }
    }

    @Override
    public void onSubscribe(Flow.Subscription given) {
        subscription = given;
        given.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        arrived.add(buffers);
    }

    @Override
    public void onError(Throwable failure) {
        arrived.add(failure);
    }

    @Override
    public void onComplete() {
        arrived.add(END);
    }
}
