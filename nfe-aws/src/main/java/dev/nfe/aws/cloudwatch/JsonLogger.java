package dev.nfe.aws.cloudwatch;

import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;

/** A logger writing each event at or above its threshold as one JSON line. */
final class JsonLogger extends LegacyAbstractLogger {
    private static final long serialVersionUID = 1L;

    private final transient JsonLineWriter writer;
    private final Level threshold;

    JsonLogger(String name, JsonLineWriter writer, Level threshold) {
        this.name = name;
        this.writer = writer;
        this.threshold = threshold;
    }

    private boolean enabled(Level level) {
        return level.toInt() >= threshold.toInt();
    }

    @Override
    public boolean isTraceEnabled() {
        return enabled(Level.TRACE);
    }

    @Override
    public boolean isDebugEnabled() {
        return enabled(Level.DEBUG);
    }

    @Override
    public boolean isInfoEnabled() {
        return enabled(Level.INFO);
    }

    @Override
    public boolean isWarnEnabled() {
        return enabled(Level.WARN);
    }

    @Override
    public boolean isErrorEnabled() {
        return enabled(Level.ERROR);
    }

    @Override
    protected String getFullyQualifiedCallerName() {
        return null;
    }

    @Override
    protected void handleNormalizedLoggingCall(Level level, Marker marker, String messagePattern, Object[] arguments,
            Throwable throwable) {
        writer.write(level, name, MessageFormatter.basicArrayFormat(messagePattern, arguments), throwable);
    }
}
