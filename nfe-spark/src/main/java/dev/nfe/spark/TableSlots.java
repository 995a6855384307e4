package dev.nfe.spark;

import dev.nfe.core.silver.SilverTables;
import java.io.Serializable;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.spark.Partitioner;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.function.PairFlatMapFunction;
import org.apache.spark.rdd.PartitionPruningRDD;
import org.apache.spark.sql.Row;
import scala.Tuple2;
import scala.runtime.AbstractFunction1;

/**
 * Splits what a batch's documents became by silver table in one shuffle, so that each table's write reads only its
 * own rows: the rows of table {@code t} from document partition {@code p} go to partition {@code t × P + p}, and the
 * documents' outcomes (read, mapped, quarantined, and each partition's row count per table) to the partitions after
 * the tables', so every slot keeps its documents' order.
 */
final class TableSlots {
    private static final int TABLES = SilverTables.all().size();

    private final JavaPairRDD<Integer, Row> slots;
    private final int documentPartitions;

    private TableSlots(JavaPairRDD<Integer, Row> slots, int documentPartitions) {
        this.slots = slots;
        this.documentPartitions = documentPartitions;
    }

    static TableSlots of(JavaRDD<Row> produced) {
        int partitions = produced.getNumPartitions();
        JavaPairRDD<Integer, Row> slots = produced.mapPartitionsToPair(new KeyBySlot(partitions), true)
                .partitionBy(new SlotPartitioner((TABLES + 1) * partitions));
        return new TableSlots(slots, partitions);
    }

    /** The rows of table {@code index} of {@link SilverTables#all()}, in document order. */
    JavaRDD<Row> table(int index) {
        return slot(index);
    }

    /** The documents' outcomes, in document order, each partition's counts after its documents. */
    JavaRDD<Row> outcomes() {
        return slot(TABLES);
    }

    private JavaRDD<Row> slot(int slot) {
        int from = slot * documentPartitions;
        return PartitionPruningRDD.create(slots.rdd(), new PartitionRange(from, from + documentPartitions))
                .toJavaRDD()
                .map(Tuple2::_2);
    }

    /** Keys each row by its slot, and adds the partition's row count per table after its outcomes. */
    private static final class KeyBySlot implements PairFlatMapFunction<Iterator<Row>, Integer, Row> {
        private static final long serialVersionUID = 1L;
        private final int partitions;

        KeyBySlot(int partitions) {
            this.partitions = partitions;
        }

        @Override
        public Iterator<Tuple2<Integer, Row>> call(Iterator<Row> rows) {
            int partition = TaskContext.getPartitionId();
            long[] counts = new long[TABLES];
            return new Iterator<>() {
                private boolean countsSent;

                @Override
                public boolean hasNext() {
                    return rows.hasNext() || !countsSent;
                }

                @Override
                public Tuple2<Integer, Row> next() {
                    if (!rows.hasNext()) {
                        if (countsSent) {
                            throw new NoSuchElementException("No row left in partition " + partition);
                        }
                        countsSent = true;
                        return new Tuple2<>(TABLES * partitions + partition, ProducedRows.counts(counts));
                    }
                    Row row = rows.next();
                    if (ProducedRows.kind(row) != ProducedRows.ROW) {
                        return new Tuple2<>(TABLES * partitions + partition, row);
                    }
                    int table = ProducedRows.table(row);
                    counts[table]++;
                    return new Tuple2<>(table * partitions + partition, ProducedRows.values(row));
                }
            };
        }
    }

    /** Partition {@code k} for key {@code k}. */
    private static final class SlotPartitioner extends Partitioner {
        private static final long serialVersionUID = 1L;
        private final int partitions;

        SlotPartitioner(int partitions) {
            this.partitions = partitions;
        }

        @Override
        public int numPartitions() {
            return partitions;
        }

        @Override
        public int getPartition(Object key) {
            return (Integer) key;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof SlotPartitioner that && that.partitions == partitions;
        }

        @Override
        public int hashCode() {
            return partitions;
        }
    }

    /** Whether a partition index lies in {@code [from, to)}. */
    private static final class PartitionRange extends AbstractFunction1<Object, Object> implements Serializable {
        private static final long serialVersionUID = 1L;
        private final int from;
        private final int to;

        PartitionRange(int from, int to) {
            this.from = from;
            this.to = to;
        }

        @Override
        public Object apply(Object index) {
            int partition = (Integer) index;
            return partition >= from && partition < to;
        }
    }
}
