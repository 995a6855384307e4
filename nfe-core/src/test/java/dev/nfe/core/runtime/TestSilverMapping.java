package dev.nfe.core.runtime;

import dev.nfe.core.spi.Column;
import dev.nfe.core.spi.ColumnType;
import dev.nfe.core.spi.ParseOutcome;
import dev.nfe.core.spi.Row;
import dev.nfe.core.spi.Table;
import java.util.List;
import java.util.function.BiConsumer;

/** One row per document: its chave, kind and lineage. */
final class TestSilverMapping implements SilverMapping {
    static final Table DOCUMENT = new Table("document", List.of(
            new Column("chave", ColumnType.TEXT, true, "chave"),
            new Column("kind", ColumnType.TEXT, true, "document type"),
            new Column("batch_id", ColumnType.TEXT, true, "batch"),
            new Column("source", ColumnType.TEXT, true, "source")));

    @Override
    public List<Table> tables() {
        return List.of(DOCUMENT);
    }

    @Override
    public void rows(ParseOutcome.Parsed parsed, String batchId, BiConsumer<Table, Row> sink) {
        sink.accept(DOCUMENT, Row.of(parsed.document().chave().toString(),
                parsed.document().getClass().getSimpleName(), batchId, parsed.source()));
    }
}
