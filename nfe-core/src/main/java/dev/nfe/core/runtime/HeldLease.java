package dev.nfe.core.runtime;

import dev.nfe.core.spi.CommitConflictException;
import dev.nfe.core.spi.NfeException;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A lease this run holds: renewed on a background thread every third of its duration until {@link #close()}
 * releases it. If a renewal cannot be written before the lease expires, or finds that another run took the lease
 * over, the lease is {@linkplain #isLost() lost} for good and the stage stops at its next unit of work. Thread-safe.
 */
final class HeldLease implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(HeldLease.class);

    private final StageLeases leases;
    private final String name;
    private final ScheduledExecutorService renewer;
    private LeaseGeneration current;
    private volatile boolean lost;
    private boolean closed;

    private HeldLease(StageLeases leases, String name, LeaseGeneration current) {
        this.leases = leases;
        this.name = name;
        this.current = current;
        this.renewer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "nfe-lease-" + name);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The lease {@code taken}, renewed from now on. */
    static HeldLease start(StageLeases leases, String name, LeaseGeneration taken) {
        HeldLease lease = new HeldLease(leases, name, taken);
        long interval = leases.config().renewalInterval().toMillis();
        lease.renewer.scheduleWithFixedDelay(lease::renew, interval, interval, TimeUnit.MILLISECONDS);
        return lease;
    }

    /** Whether the lease ended while this run held it, so that another run may be working on the stage. */
    boolean isLost() {
        return lost;
    }

    /** The lease's owner id. */
    String owner() {
        return current().owner();
    }

    synchronized LeaseGeneration current() {
        return current;
    }

    /**
     * Extends the lease by its duration from now. A storage failure is logged and left to the next renewal, as long
     * as the lease has not expired by then.
     */
    synchronized void renew() {
        if (lost || closed) {
            return;
        }
        Instant now = leases.clock().instant();
        if (!now.isBefore(current.expires())) {
            lose("it expired at " + current.expires() + " before it could be renewed");
            return;
        }
        try {
            current = leases.advance(name, current.number(), current.owner(),
                    now.plus(leases.config().duration()), false);
        } catch (CommitConflictException e) {
            lose(e.getMessage());
        } catch (NfeException e) {
            log.warn("Cannot renew lease {} ({}); retrying before it expires at {}", name, e.getMessage(),
                    current.expires());
        }
    }

    private void lose(String reason) {
        lost = true;
        log.error("Lost lease {}: {}; this run stops at its next unit of work", name, reason);
    }

    /** Stops renewing and releases the lease, so that a waiting run may take it at once. Idempotent. */
    @Override
    public void close() {
        renewer.shutdown();
        try {
            renewer.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            if (lost) {
                return;
            }
            try {
                leases.advance(name, current.number(), current.owner(), leases.clock().instant(), true);
            } catch (NfeException e) {
                // not thrown: the stage's outcome stands, and the lease still ends at its expiry
                log.error("Cannot release lease {}; it ends at {}: {}", name, current.expires(), e.getMessage());
            }
        }
    }
}
