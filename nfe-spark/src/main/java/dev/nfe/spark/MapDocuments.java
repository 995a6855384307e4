package dev.nfe.spark;

import dev.nfe.core.runtime.Pipeline;
import dev.nfe.core.runtime.SilverDocumentMapper;
import dev.nfe.core.silver.SilverTables;
import dev.nfe.core.spi.RawDocument;
import dev.nfe.core.spi.Table;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;

/**
 * Runs on executors: reads each bronze document of a partition from the lake's storage and maps it with nfe-core's
 * {@link SilverDocumentMapper}, one document at a time, so a partition's memory is one document's rows.
 */
final class MapDocuments implements FlatMapFunction<Iterator<DocumentRef>, Row> {
    private static final long serialVersionUID = 1L;

    private final String configJson;
    private final String silverBatchId;
    private final boolean rows;

    /**
     * @param configJson the job's configuration
     * @param silverBatchId the silver batch the rows belong to
     * @param rows whether to produce the silver rows, or only the documents' outcomes (a committed batch's
     *     quarantine written again)
     */
    MapDocuments(String configJson, String silverBatchId, boolean rows) {
        this.configJson = configJson;
        this.silverBatchId = silverBatchId;
        this.rows = rows;
    }

    @Override
    public Iterator<Row> call(Iterator<DocumentRef> documents) {
        Pipeline pipeline = ExecutorPipelines.of(configJson);
        SilverDocumentMapper mapper = new SilverDocumentMapper(pipeline.deserializer(), silverBatchId);
        Map<String, Integer> tableIndex = new HashMap<>();
        List<Table> tables = SilverTables.all();
        for (int i = 0; i < tables.size(); i++) {
            tableIndex.put(tables.get(i).name(), i);
        }
        return new Iterator<>() {
            private final ArrayDeque<Row> ready = new ArrayDeque<>();

            @Override
            public boolean hasNext() {
                while (ready.isEmpty() && documents.hasNext()) {
                    map(documents.next());
                }
                return !ready.isEmpty();
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException("No document left in the partition");
                }
                return ready.poll();
            }

            private void map(DocumentRef ref) {
                RawDocument raw = ref.document().readFrom(pipeline.storage());
                long ordinal = ref.ordinal();
                int seq = 0;
                ready.add(ProducedRows.read(ordinal, raw.size()));
                for (SilverDocumentMapper.Outcome outcome : mapper.map(raw, ref.sha256())) {
                    if (outcome instanceof SilverDocumentMapper.Outcome.Rejected rejected) {
                        ready.add(ProducedRows.rejected(ordinal, ++seq, rejected.quarantined()));
                        continue;
                    }
                    SilverDocumentMapper.Outcome.Mapped mapped = (SilverDocumentMapper.Outcome.Mapped) outcome;
                    if (rows) {
                        for (SilverDocumentMapper.TableRow row : mapped.rows()) {
                            ready.add(ProducedRows.silverRow(ordinal, ++seq, tableIndex.get(row.table().name()),
                                    row.row()));
                        }
                    }
                    ready.add(ProducedRows.mapped(ordinal, ++seq, mapped.parsed().findings().size()));
                }
            }
        };
    }
}
