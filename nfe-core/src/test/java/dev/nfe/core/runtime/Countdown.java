package dev.nfe.core.runtime;

/** A hook that does nothing the first {@code allowed} times, then crashes every time. */
final class Countdown implements Runnable {
    private final String where;
    private int remaining;

    Countdown(String where, int allowed) {
        this.where = where;
        this.remaining = allowed;
    }

    @Override
    public void run() {
        if (remaining-- <= 0) {
            throw new Crash(where);
        }
    }
}
