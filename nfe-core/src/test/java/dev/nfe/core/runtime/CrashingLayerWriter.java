package dev.nfe.core.runtime;

import dev.nfe.core.spi.Batch;
import dev.nfe.core.spi.BatchTarget;
import dev.nfe.core.spi.BatchWriter;
import dev.nfe.core.spi.LayerReader;
import dev.nfe.core.spi.LayerWriter;
import dev.nfe.core.spi.Row;
import dev.nfe.core.spi.Storage;
import dev.nfe.core.spi.Table;

/** A {@link LayerWriter} that writes through a real one and crashes on the row after the first {@code rows}. */
final class CrashingLayerWriter implements LayerWriter {
    private final LayerWriter delegate;
    private final Countdown countdown;

    CrashingLayerWriter(LayerWriter delegate, int rows) {
        this.delegate = delegate;
        this.countdown = new Countdown("after " + rows + " rows", rows);
    }

    @Override
    public LayerReader reader(Storage storage, String layer) {
        return delegate.reader(storage, layer);
    }

    @Override
    public BatchWriter open(Storage storage, BatchTarget target) {
        BatchWriter writer = delegate.open(storage, target);
        return new BatchWriter() {
            @Override
            public void write(Table table, Row row) {
                countdown.run();
                writer.write(table, row);
            }

            @Override
            public Batch commit() {
                return writer.commit();
            }

            @Override
            public void close() {
                writer.close();
            }
        };
    }
}
