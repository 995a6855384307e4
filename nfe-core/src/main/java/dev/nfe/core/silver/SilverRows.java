package dev.nfe.core.silver;

import dev.nfe.core.model.Event;
import dev.nfe.core.model.EventSummary;
import dev.nfe.core.model.FiscalDocument;
import dev.nfe.core.model.Nfe;
import dev.nfe.core.model.NfeSummary;
import java.util.List;
import java.util.Objects;

/**
 * Turns one typed fiscal document into its silver rows. Stateless and thread-safe.
 *
 * <p>Rows stream to the sink as they are made, one document at a time, in a fixed order: table by table in the
 * order of {@link SilverTables#all()}, and within a table in document order (items by {@code nItem}, each item's tax
 * components in the order of {@code nfe_item_tax}'s component table). The same document and lineage always give the
 * same rows.
 */
public final class SilverRows {

    static final List<RowMapper<Nfe>> NFE_MAPPERS = List.of(
            new NfeRowMapper(),
            new ItemRowMapper(),
            new ItemTaxRowMapper(),
            new ItemDiRowMapper(),
            new ItemExportRowMapper(),
            new ItemRastroRowMapper(),
            new ItemOrigCombRowMapper(),
            new PaymentRowMapper(),
            new InstallmentRowMapper(),
            new TransportRowMapper(),
            new VolumeRowMapper(),
            new ReferenceRowMapper(),
            new ProcRefRowMapper(),
            new ObsContRowMapper(),
            new ObsFiscoRowMapper(),
            new CanaForDiaRowMapper(),
            new CanaDeducRowMapper(),
            new DefensivoRowMapper());
    static final RowMapper<Event> EVENT_MAPPER = new EventRowMapper();
    static final RowMapper<NfeSummary> SUMMARY_MAPPER = new SummaryRowMapper();
    static final RowMapper<EventSummary> EVENT_SUMMARY_MAPPER = new EventSummaryRowMapper();
    static final RowMapper<FiscalDocument> UNMAPPED_MAPPER = new UnmappedRowMapper();

    private SilverRows() {
    }

    /**
     * Hands every silver row of {@code document} to {@code sink} before returning.
     *
     * @param document the typed document
     * @param version which version of its chave the document is ({@code doc_hash}, {@code doc_kind})
     * @param batchId the {@code batch_id} lineage value
     * @param source the {@code source} lineage value (where the raw document came from)
     * @param sink receives each row with its table
     * @throws dev.nfe.core.spi.NfeException if a value does not fit its column without rounding (a decimal with more
     *     decimals than the column's scale, a counter that is not a number): the document should have been
     *     quarantined, so the message names the chave, the column and the value
     */
    public static void emit(FiscalDocument document, DocumentVersion version, String batchId, String source,
            RowSink sink) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(sink, "sink");
        RowContext context = new RowContext(document.chave(), version, batchId, source);
        if (document instanceof Nfe nfe) {
            for (RowMapper<Nfe> mapper : NFE_MAPPERS) {
                mapper.emit(nfe, context, sink);
            }
        } else if (document instanceof Event event) {
            EVENT_MAPPER.emit(event, context, sink);
        } else if (document instanceof NfeSummary summary) {
            SUMMARY_MAPPER.emit(summary, context, sink);
        } else if (document instanceof EventSummary summary) {
            EVENT_SUMMARY_MAPPER.emit(summary, context, sink);
        } else {
            throw new IllegalStateException("Cannot map " + document.getClass().getName() + ": unknown document kind");
        }
        UNMAPPED_MAPPER.emit(document, context, sink);
    }
}
