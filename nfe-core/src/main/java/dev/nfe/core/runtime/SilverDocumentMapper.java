package dev.nfe.core.runtime;

import dev.nfe.core.silver.DocumentVersion;
import dev.nfe.core.silver.SilverRows;
import dev.nfe.core.spi.Deserializer;
import dev.nfe.core.spi.Finding;
import dev.nfe.core.spi.NfeException;
import dev.nfe.core.spi.ParseOutcome;
import dev.nfe.core.spi.RawDocument;
import dev.nfe.core.spi.Row;
import dev.nfe.core.spi.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Turns one bronze document into what the transform makes of it: for each fiscal document the deserializer finds in
 * it, either every silver row of that document or the document with its reasons for quarantine. Every transform
 * engine runs this per document, so silver and quarantine do not depend on the engine. Immutable and thread-safe; it
 * has no side effect.
 */
public final class SilverDocumentMapper {
    /** The finding of a parsed document whose values do not fit the silver columns. */
    public static final String UNMAPPABLE = "SILVER_UNMAPPABLE";

    private final Deserializer deserializer;
    private final String silverBatchId;

    /** A mapper of documents into silver batch {@code silverBatchId} (its {@code batch_id} lineage value). */
    public SilverDocumentMapper(Deserializer deserializer, String silverBatchId) {
        this.deserializer = Objects.requireNonNull(deserializer, "deserializer");
        this.silverBatchId = Objects.requireNonNull(silverBatchId, "silverBatchId");
    }

    /**
     * What {@code raw}, the stored bytes whose SHA-256 is {@code sha256}, becomes: one outcome per fiscal document
     * the deserializer found in it, in its order.
     */
    public List<Outcome> map(RawDocument raw, String sha256) {
        DocumentVersion version = DocumentVersion.of(sha256, raw.openStream());
        List<Outcome> outcomes = new ArrayList<>(1);
        deserializer.deserialize(raw, outcome -> outcomes.add(map(outcome, raw, version)));
        return outcomes;
    }

    private Outcome map(ParseOutcome outcome, RawDocument raw, DocumentVersion version) {
        if (outcome instanceof ParseOutcome.Quarantined quarantined) {
            return new Outcome.Rejected(quarantined);
        }
        ParseOutcome.Parsed parsed = (ParseOutcome.Parsed) outcome;
        List<TableRow> rows = new ArrayList<>();
        try {
            // every row of the document is made before any is written, so that a value the mapper refuses (a
            // decimal finer than its column) sends the whole document to quarantine, not half of it to silver
            SilverRows.emit(parsed.document(), version, silverBatchId, parsed.source(),
                    (table, row) -> rows.add(new TableRow(table, row)));
        } catch (NfeException e) {
            List<Finding> findings = new ArrayList<>(parsed.findings());
            findings.add(Finding.error(UNMAPPABLE, "", e.getMessage()));
            return new Outcome.Rejected(new ParseOutcome.Quarantined(raw, findings));
        }
        return new Outcome.Mapped(parsed, Collections.unmodifiableList(rows));
    }

    /** What one fiscal document of a bronze document became: silver rows, or a document to quarantine. */
    public sealed interface Outcome {

        /** A parsed document and every silver row made from it, in {@link SilverRows}'s order. */
        record Mapped(ParseOutcome.Parsed parsed, List<TableRow> rows) implements Outcome {
        }

        /** A document for quarantine: the deserializer's, or a parsed one whose values do not fit silver. */
        record Rejected(ParseOutcome.Quarantined quarantined) implements Outcome {
        }
    }

    /**
     * One silver row with its table.
     *
     * @param table the silver table
     * @param row its values, in the table's column order
     */
    public record TableRow(Table table, Row row) {
    }
}
