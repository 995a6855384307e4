package dev.nfe.core.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nfe.core.spi.Storage;
import dev.nfe.core.spi.StoredObject;
import dev.nfe.core.spi.TransientException;
import dev.nfe.core.storage.LocalStorage;
import dev.nfe.core.testing.FaultInjectingStorage;
import dev.nfe.core.testing.FaultInjectingStorage.Point;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The folder ledger's segments and shards: what a record writes, what a later run reads, and crashes between. */
class StateLedgerTest {
    private static final String LEDGER = "_state/p/ledger/";

    @TempDir
    Path directory;

    private LocalStorage lake() {
        return new LocalStorage(directory.resolve("lake"));
    }

    private static StateLedger ledger(Storage storage) {
        StateStore state = new StateStore(storage, "p");
        return new StateLedger(state, new RejectedInputs(state), Clock.systemUTC(),
                new RunCounters("p", Stage.EXTRACT, Clock.systemUTC(), ProgressListener.NONE));
    }

    /** {@code count} sources {@code <page>-<i>.xml}, each with the fingerprint {@code <stamp>}. */
    private static Map<String, String> page(int page, int count, String stamp) {
        Map<String, String> entries = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            entries.put(page + "-" + i + ".xml", stamp);
        }
        return entries;
    }

    /** Records pages 1 to {@code pages} of {@code sources} sources each, fingerprinted {@code a}. */
    private static void recordPages(StateLedger ledger, int pages, int sources) {
        for (int page = 1; page <= pages; page++) {
            ledger.record(page(page, sources, "a"));
        }
    }

    private List<String> ledgerFiles(Storage storage) {
        try (Stream<StoredObject> objects = storage.list(LEDGER)) {
            return objects.map(object -> object.path().substring(LEDGER.length())).sorted().toList();
        }
    }

    @Test
    void record_writesOneSegmentAndTheListNamingIt_notTheShards() {
        LocalStorage lake = lake();
        StateLedger ledger = ledger(lake);

        ledger.record(page(1, 500, "a"));
        ledger.record(page(2, 500, "a"));

        assertThat(ledgerFiles(lake)).containsExactly("segment-000001.json", "segment-000002.json", "segments.json");
        assertThat(ledger(lake).fingerprint("1-7.xml")).contains("a");
        assertThat(ledger(lake).fingerprint("2-499.xml")).contains("a");
        assertThat(ledger(lake).fingerprint("3-0.xml")).isEmpty();
    }

    @Test
    void record_beyondTheLastSegment_foldsEveryEntryIntoTheShardsAndDeletesTheSegments() {
        LocalStorage lake = lake();
        StateLedger ledger = ledger(lake);
        recordPages(ledger, StateLedger.MAX_SEGMENTS, 100);
        ledger.record(Map.of("1-0.xml", "changed"));

        List<String> files = ledgerFiles(lake);
        assertThat(files).contains("segments.json").noneMatch(name -> name.startsWith("segment-"));
        assertThat(files).filteredOn(name -> name.matches("[0-9a-f]{2}\\.json")).hasSizeGreaterThan(200);
        StateLedger later = ledger(lake);
        assertThat(later.fingerprint("1-0.xml")).contains("changed");
        assertThat(later.fingerprint("1-1.xml")).contains("a");
        assertThat(later.fingerprint(StateLedger.MAX_SEGMENTS + "-99.xml")).contains("a");

        later.record(Map.of("1-1.xml", "again"));
        assertThat(ledgerFiles(lake)).contains("segment-000017.json");
        assertThat(ledger(lake).fingerprint("1-1.xml")).contains("again");
        assertThat(ledger(lake).fingerprint("1-0.xml")).contains("changed");
    }

    @Test
    void record_ofTheSameSourceInLaterSegments_readsTheLatest() {
        LocalStorage lake = lake();
        StateLedger ledger = ledger(lake);

        ledger.record(Map.of("f.xml", "first"));
        ledger.record(Map.of("f.xml", "second"));
        ledger(lake).record(Map.of("f.xml", "third"));

        assertThat(ledger(lake).fingerprint("f.xml")).contains("third");
    }

    @Test
    void fold_interruptedBeforeTheListIsEmptied_readsTheSameEntriesAndFoldsAgain() {
        LocalStorage lake = lake();
        StateLedger ledger = ledger(lake);
        recordPages(ledger, StateLedger.MAX_SEGMENTS, 20);
        List<String> before = ledgerFiles(lake);
        Storage crashing = FaultInjectingStorage.failing(lake, Point.OPEN, path -> path.endsWith("segments.json"));

        assertThatThrownBy(() -> ledger(crashing).record(Map.of("new.xml", "n")))
                .isInstanceOf(TransientException.class);

        assertThat(ledgerFiles(lake)).containsAll(before);
        StateLedger later = ledger(lake);
        assertThat(later.fingerprint("new.xml")).contains("n");
        assertThat(later.fingerprint("3-19.xml")).contains("a");
        later.record(Map.of("next.xml", "x"));
        assertThat(ledgerFiles(lake)).noneMatch(name -> name.startsWith("segment-"));
        assertThat(ledger(lake).fingerprint("3-19.xml")).contains("a");
        assertThat(ledger(lake).fingerprint("next.xml")).contains("x");
    }

    @Test
    void segment_namedButMissing_isSkipped() {
        LocalStorage lake = lake();
        StateLedger ledger = ledger(lake);
        ledger.record(Map.of("lost.xml", "a"));
        ledger.record(Map.of("kept.xml", "b"));

        lake.delete(LEDGER + "segment-000001.json");

        StateLedger later = ledger(lake);
        assertThat(later.fingerprint("lost.xml")).isEmpty();
        assertThat(later.fingerprint("kept.xml")).contains("b");
        later.record(Map.of("more.xml", "c"));
        assertThat(ledgerFiles(lake)).contains("segment-000003.json");
    }

    @Test
    void ledger_withShardsOnly_readsThem() {
        LocalStorage lake = lake();
        StateLedger ledger = ledger(lake);
        recordPages(ledger, StateLedger.MAX_SEGMENTS + 1, 5);
        lake.delete(LEDGER + "segments.json");
        List<String> shardsOnly = new ArrayList<>(ledgerFiles(lake));

        assertThat(shardsOnly).allMatch(name -> name.matches("[0-9a-f]{2}\\.json"));
        assertThat(ledger(lake).fingerprint("2-4.xml")).contains("a");
        ledger(lake).record(Map.of("2-4.xml", "b"));
        assertThat(ledger(lake).fingerprint("2-4.xml")).contains("b");
    }
}
