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

    private final String configText;
    private final String configSource;
    private final String silverBatchId;
    private final boolean rows;

    /**
     * @param configText the job's configuration text
     * @param configSource where it was read
     * @param silverBatchId the silver batch the rows belong to
     * @param rows whether to produce the silver rows, or only the documents' outcomes (a committed batch's
     *     quarantine written again)
     */
    MapDocuments(String configText, String configSource, String silverBatchId, boolean rows) {
        this.configText = configText;
        this.configSource = configSource;
        this.silverBatchId = silverBatchId;
        this.rows = rows;
    }

    @Override
    public Iterator<Row> call(Iterator<DocumentRef> documents) {
        Pipeline pipeline = ExecutorPipelines.of(configText, configSource);
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
                ready.add(ProducedRows.read(raw.size()));
                for (SilverDocumentMapper.Outcome outcome : mapper.map(raw, ref.sha256())) {
                    if (outcome instanceof SilverDocumentMapper.Outcome.Rejected rejected) {
                        ready.add(ProducedRows.rejected(rejected.quarantined()));
                        continue;
                    }
                    SilverDocumentMapper.Outcome.Mapped mapped = (SilverDocumentMapper.Outcome.Mapped) outcome;
                    if (rows) {
                        for (SilverDocumentMapper.TableRow row : mapped.rows()) {
                            ready.add(ProducedRows.silverRow(tableIndex.get(row.table().name()), row.row()));
                        }
                    }
                    ready.add(ProducedRows.mapped(mapped.parsed().findings().size()));
                }
            }
        };
    }
}
