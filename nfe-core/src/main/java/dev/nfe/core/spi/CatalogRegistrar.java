package dev.nfe.core.spi;

import java.util.List;

/**
 * Registers the tables and partitions of a committed batch with a query engine's catalog (plugin types {@code none},
 * {@code glue}). Idempotent: registering the same batch twice leaves the catalog as after once. Called after the
 * batch's manifest is written, so a registered partition is always complete.
 */
public interface CatalogRegistrar {

    /** Creates or updates {@code tables} and adds the partitions of {@code batch}. */
    void register(Batch batch, List<Table> tables);
}
