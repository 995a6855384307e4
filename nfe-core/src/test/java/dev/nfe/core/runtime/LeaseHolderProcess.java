package dev.nfe.core.runtime;

import dev.nfe.core.config.LeaseConfig;
import dev.nfe.core.storage.LocalStorage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * A process that takes one stage's lease on a local lake, says so on standard output, and then holds it (renewing it)
 * until it is killed: what a run killed in the middle of a stage leaves behind. Arguments: lake root, pipeline,
 * stage, lease duration.
 */
public final class LeaseHolderProcess {
    /** The line printed once the lease is held. */
    public static final String HELD = "lease held";

    private LeaseHolderProcess() {
    }

    public static void main(String[] args) throws InterruptedException {
        LeaseConfig config = new LeaseConfig(Duration.parse(args[3]), Duration.ZERO);
        StageLeases leases = new StageLeases(new StateStore(new LocalStorage(Path.of(args[0])), args[1]), config,
                Clock.systemUTC(), StageLeases.SLEEP);
        StageLeases.Acquisition acquisition = leases.acquire(args[2], StageLeases.newOwner(), Clock.systemUTC().instant());
        if (!(acquisition instanceof StageLeases.Held)) {
            throw new IllegalStateException("Cannot hold lease " + args[2] + ": " + acquisition);
        }
        System.out.println(HELD);
        System.out.flush();
        new CountDownLatch(1).await();
    }
}
