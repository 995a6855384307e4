package dev.nfe.redshift;

import dev.nfe.core.spi.Batch;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Publishes the target rows a batch loaded to the gold layer, as one gold batch with the silver batch's id and ingest
 * date, committed by a manifest written last. A batch whose gold manifest exists is skipped, so publishing is
 * idempotent and a run that crashed between the load's commit and the manifest publishes on the next run.
 * Implementations are immutable and thread-safe.
 */
sealed interface GoldPublisher permits WriterGoldPublisher, UnloadGoldPublisher {

    /** The gold layer's prefix in storage. */
    String layer();

    /**
     * Publishes {@code batch} on {@code connection} unless its gold manifest exists, and returns the gold batch either
     * way, so that a catalog registers it also after a crash that came between the manifest and the registration.
     */
    PublishedGold publish(Connection connection, LoadPlan plan, Batch batch) throws SQLException;
}
