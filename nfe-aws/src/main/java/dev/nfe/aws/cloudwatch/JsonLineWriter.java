package dev.nfe.aws.cloudwatch;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.event.Level;
import org.slf4j.spi.MDCAdapter;

/**
 * Formats one log event as a single JSON line: {@code time}, {@code level}, {@code logger}, {@code thread},
 * {@code message}, the MDC entries in name order, and {@code error}, {@code errorMessage}, {@code stackTrace} for an
 * exception. Lines are written whole, so concurrent threads never interleave within one.
 */
final class JsonLineWriter {
    private static final JsonFactory JSON = new JsonFactory();

    private final PrintStream out;
    private final Clock clock;
    private final MDCAdapter mdc;

    JsonLineWriter(PrintStream out, Clock clock, MDCAdapter mdc) {
        this.out = out;
        this.clock = clock;
        this.mdc = mdc;
    }

    void write(Level level, String logger, String message, Throwable throwable) {
        StringWriter line = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(line)) {
            json.writeStartObject();
            json.writeStringField("time", clock.instant().toString());
            json.writeStringField("level", level.name());
            json.writeStringField("logger", logger);
            json.writeStringField("thread", Thread.currentThread().getName());
            json.writeStringField("message", message);
            Map<String, String> context = mdc.getCopyOfContextMap();
            if (context != null) {
                for (Map.Entry<String, String> entry : new TreeMap<>(context).entrySet()) {
                    json.writeStringField(entry.getKey(), entry.getValue());
                }
            }
            if (throwable != null) {
                json.writeStringField("error", throwable.getClass().getName());
                json.writeStringField("errorMessage", throwable.getMessage());
                StringWriter trace = new StringWriter();
                throwable.printStackTrace(new PrintWriter(trace));
                json.writeStringField("stackTrace", trace.toString());
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println(line);
    }
}
