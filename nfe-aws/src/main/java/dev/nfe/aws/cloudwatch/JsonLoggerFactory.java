package dev.nfe.aws.cloudwatch;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.ILoggerFactory;
import org.slf4j.Logger;
import org.slf4j.event.Level;

/** Hands out one {@link JsonLogger} per name, all writing through the same line writer at the same threshold. */
final class JsonLoggerFactory implements ILoggerFactory {
    private final ConcurrentMap<String, Logger> loggers = new ConcurrentHashMap<>();
    private final JsonLineWriter writer;
    private final Level threshold;

    JsonLoggerFactory(JsonLineWriter writer, Level threshold) {
        this.writer = writer;
        this.threshold = threshold;
    }

    @Override
    public Logger getLogger(String name) {
        return loggers.computeIfAbsent(name, key -> new JsonLogger(key, writer, threshold));
    }
}
