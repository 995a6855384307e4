package dev.nfe.core.silver;

import dev.nfe.core.model.Event;
import dev.nfe.core.model.EventSummary;
import dev.nfe.core.model.FiscalDocument;
import dev.nfe.core.model.Nfe;
import dev.nfe.core.model.UnmappedElement;
import dev.nfe.core.spi.Column;
import dev.nfe.core.spi.ColumnType;
import dev.nfe.core.spi.Table;
import java.util.List;

/**
 * Maps each element of a document that no typed field holds (an element the layout does not define where it was
 * found, or one the silver tables do not map yet) to a row of {@code nfe_unmapped}, so that nothing of a document is
 * lost: its path, as the parser's warning names it, and the element itself as canonical XML. Every kind of
 * document can have such rows, at any depth, hence one table keyed by the document version, the document within its
 * file ({@code doc_id}: one file can hold a note and its events, all of one chave) and the position.
 */
final class UnmappedRowMapper implements RowMapper<FiscalDocument> {

    static final TableSpec<Unmapped> SPEC = TableSpec.<Unmapped>builder("nfe_unmapped")
            .chave("the chave of the document the element was read from (of the note, for an event or summary)")
            .key("doc_id", ColumnType.TEXT, "the document of the file the element belongs to: infNFe/@Id of a note,"
                    + " infEvento/@Id of an event, resNFe, or resEvento with tpEvento and nSeqEvento", Unmapped::docId)
            .key("seq", ColumnType.INT, "position of the element among the document's unmapped elements, from 1, in"
                    + " document order", Unmapped::seq)
            .lineage()
            .column(new Column("path", ColumnType.TEXT, true, "the element's path in the file, as the"
                    + " XML_UNKNOWN_ELEMENT warning names it (/nfeProc/NFe/infNFe/gNovo)"),
                    (source, context) -> source.element().path())
            .column(new Column("xml", ColumnType.TEXT, true, "the element as canonical XML: whitespace-only text"
                    + " between elements removed, then Exclusive C14N, NF-e namespace declared on it"),
                    (source, context) -> source.element().xml())
            .build();

    @Override
    public Table table() {
        return SPEC.table();
    }

    @Override
    public void emit(FiscalDocument document, RowContext context, RowSink sink) {
        List<UnmappedElement> unmapped = document.unmapped();
        if (unmapped.isEmpty()) {
            return;
        }
        String docId = docId(document);
        for (int i = 0; i < unmapped.size(); i++) {
            sink.accept(SPEC.table(), SPEC.row(new Unmapped(docId, i + 1, unmapped.get(i)), context));
        }
    }

    private static String docId(FiscalDocument document) {
        if (document instanceof Nfe nfe) {
            return "NFe" + nfe.chave().value();
        }
        if (document instanceof Event event) {
            return event.id();
        }
        if (document instanceof EventSummary summary) {
            return "resEvento" + summary.tpEvento() + (summary.nSeqEvento() < 10 ? "0" : "") + summary.nSeqEvento();
        }
        return "resNFe";
    }

    /** One unmapped element with the document it belongs to and its position there. */
    record Unmapped(String docId, int seq, UnmappedElement element) {
    }
}
