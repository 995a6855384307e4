package dev.nfe.core.runtime;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Captures what is written to {@code System.err} until closed, which is where slf4j-simple writes log lines in
 * tests. Tests in this module run one at a time, so swapping the stream is safe.
 */
public final class CapturedStandardError implements AutoCloseable {
    private final PrintStream original = System.err;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    private CapturedStandardError() {
        System.setErr(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    }

    /** Starts capturing. */
    public static CapturedStandardError start() {
        return new CapturedStandardError();
    }

    /** Everything written so far. */
    public String text() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        System.setErr(original);
    }
}
