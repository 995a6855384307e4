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
import org.apache.spark.sql.RowFactory;

/**
 * Runs on executors: reads each bronze document of a partition from the lake's storage and maps it with nfe-core's
 * {@link SilverDocumentMapper}, one document at a time, so a partition's memory is one document's rows.
 */
final class MapDocuments implements FlatMapFunction<Iterator<DocumentRef>, Produced> {
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
    public Iterator<Produced> call(Iterator<DocumentRef> documents) {
        Pipeline pipeline = ExecutorPipelines.of(configJson);
        SilverDocumentMapper mapper = new SilverDocumentMapper(pipeline.deserializer(), silverBatchId);
        Map<String, Integer> tableIndex = new HashMap<>();
        List<Table> tables = SilverTables.all();
        for (int i = 0; i < tables.size(); i++) {
            tableIndex.put(tables.get(i).name(), i);
        }
        return new Iterator<>() {
            private final ArrayDeque<Produced> ready = new ArrayDeque<>();

            @Override
            public boolean hasNext() {
                while (ready.isEmpty() && documents.hasNext()) {
                    map(documents.next());
                }
                return !ready.isEmpty();
            }

            @Override
            public Produced next() {
                if (!hasNext()) {
                    throw new NoSuchElementException("No document left in the partition");
                }
                return ready.poll();
            }

            private void map(DocumentRef ref) {
                RawDocument raw = ref.document().readFrom(pipeline.storage());
                ready.add(new Produced.DocumentRead(raw.size()));
                for (SilverDocumentMapper.Outcome outcome : mapper.map(raw, ref.sha256())) {
                    if (outcome instanceof SilverDocumentMapper.Outcome.Rejected rejected) {
                        ready.add(Produced.Quarantined.of(rejected.quarantined()));
                        continue;
                    }
                    SilverDocumentMapper.Outcome.Mapped mapped = (SilverDocumentMapper.Outcome.Mapped) outcome;
                    if (rows) {
                        for (SilverDocumentMapper.TableRow row : mapped.rows()) {
                            ready.add(new Produced.TableValues(tableIndex.get(row.table().name()), values(row)));
                        }
                    }
                    ready.add(new Produced.Mapped(mapped.parsed().findings().size()));
                }
            }
        };
    }

    private static Row values(SilverDocumentMapper.TableRow row) {
        Object[] values = new Object[row.row().size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = row.row().get(i);
        }
        return RowFactory.create(values);
    }
}
