package dev.nfe.aws.cloudwatch;

import java.io.PrintStream;
import java.time.Clock;
import java.util.Locale;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.event.Level;
import org.slf4j.helpers.BasicMDCAdapter;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * An SLF4J 2 provider writing one JSON object per log line to standard error, for CloudWatch Logs Insights: time,
 * level, logger, thread, message, every MDC entry ({@code pipeline}, {@code stage} and {@code batch} while a stage
 * runs) and, for an exception, its class, message and stack trace.
 *
 * <p>It is not registered for discovery, so it never competes with the binding an application chooses; select it
 * with the system property {@code -Dslf4j.provider=dev.nfe.aws.cloudwatch.JsonLogProvider} (in Lambda, through the
 * {@code JAVA_TOOL_OPTIONS} environment variable). The lowest level written is read from the system property
 * {@code nfe.log.level} ({@code TRACE}, {@code DEBUG}, {@code INFO}, {@code WARN}, {@code ERROR}; default
 * {@code INFO}).
 */
public final class JsonLogProvider implements SLF4JServiceProvider {
    /** The system property naming the lowest level written. */
    public static final String LEVEL_PROPERTY = "nfe.log.level";

    private final PrintStream out;
    private final Clock clock;
    private final MDCAdapter mdc = new BasicMDCAdapter();
    private final IMarkerFactory markers = new BasicMarkerFactory();
    private JsonLoggerFactory loggers;

    /** The provider SLF4J instantiates: lines to standard error, at the level {@value #LEVEL_PROPERTY} names. */
    public JsonLogProvider() {
        this(System.err, Clock.systemUTC());
    }

    JsonLogProvider(PrintStream out, Clock clock) {
        this.out = out;
        this.clock = clock;
    }

    @Override
    public ILoggerFactory getLoggerFactory() {
        return loggers;
    }

    @Override
    public IMarkerFactory getMarkerFactory() {
        return markers;
    }

    @Override
    public MDCAdapter getMDCAdapter() {
        return mdc;
    }

    @Override
    public String getRequestedApiVersion() {
        return "2.0.99";
    }

    @Override
    public void initialize() {
        String level = System.getProperty(LEVEL_PROPERTY, Level.INFO.name()).trim().toUpperCase(Locale.ROOT);
        Level threshold;
        try {
            threshold = Level.valueOf(level);
        } catch (IllegalArgumentException e) {
            threshold = Level.INFO;
            out.println("{\"level\":\"WARN\",\"logger\":\"" + JsonLogProvider.class.getName() + "\",\"message\":\""
                    + LEVEL_PROPERTY + " must be TRACE, DEBUG, INFO, WARN or ERROR; logging at INFO\"}");
        }
        loggers = new JsonLoggerFactory(new JsonLineWriter(out, clock, mdc), threshold);
    }
}
