package dev.nfe.core.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A UTC clock that reads {@code start} first and one second later each time it is read again. Not thread-safe. */
public final class TickingClock extends Clock {
    private Instant now;

    public TickingClock(Instant start) {
        this.now = start;
    }

    @Override
    public Instant instant() {
        Instant current = now;
        now = now.plusSeconds(1);
        return current;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
