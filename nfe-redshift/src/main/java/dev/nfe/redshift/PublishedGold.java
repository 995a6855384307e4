package dev.nfe.redshift;

import dev.nfe.core.spi.Batch;
import dev.nfe.core.spi.Table;
import java.util.List;
import java.util.Objects;

/**
 * A gold batch as its manifest commits it, with the tables it holds, whether this publication wrote it or found it
 * written: what a catalog registers.
 *
 * @param batch the committed gold batch
 * @param tables its tables, with the columns their target tables have
 */
record PublishedGold(Batch batch, List<Table> tables) {
    PublishedGold {
        Objects.requireNonNull(batch, "batch");
        tables = List.copyOf(tables);
    }
}
