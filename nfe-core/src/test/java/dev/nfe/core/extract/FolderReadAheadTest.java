package dev.nfe.core.extract;

import static dev.nfe.core.extract.FolderFixtures.chave;
import static dev.nfe.core.extract.FolderFixtures.gzip;
import static dev.nfe.core.extract.FolderFixtures.nfeXml;
import static dev.nfe.core.extract.FolderFixtures.utf8;
import static dev.nfe.core.extract.FolderFixtures.write;
import static dev.nfe.core.extract.FolderFixtures.zip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nfe.core.spi.Checkpoint;
import dev.nfe.core.spi.RawDocument;
import dev.nfe.core.spi.Storage;
import dev.nfe.core.spi.TransientException;
import dev.nfe.core.storage.LocalStorage;
import dev.nfe.core.testing.FaultInjectingStorage;
import dev.nfe.core.testing.FaultInjectingStorage.Point;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files read ahead of their turn: on several threads, yet seen exactly as reading them one at a time would. */
class FolderReadAheadTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-02T10:00:00Z"), ZoneOffset.UTC);
    private static final int FILES = 300;

    @TempDir
    Path root;

    private final List<RejectedSource> rejected = new ArrayList<>();

    @Test
    void extract_manyFiles_readsThemOnSeveralThreadsAndEmitsThemInListingOrder() {
        List<String> expected = writeMixedFiles();
        ConcurrentReads reads = new ConcurrentReads();
        Storage storage = FaultInjectingStorage.hooked(new LocalStorage(root), Point.READ, path -> true, reads::read);
        RecordingSink sink = RecordingSink.fresh();

        new FolderExtractor(storage, "", settings(40), CLOCK, rejected::add).extract(Checkpoint.empty(), sink);

        assertThat(sink.documents()).extracting(RawDocument::source).containsExactlyElementsOf(expected);
        assertThat(rejected).extracting(RejectedSource::source).containsExactly("f150.txt");
        assertThat(reads.most()).isGreaterThan(1);
    }

    @Test
    void extract_unreadableFile_failsInItsTurnAfterTheFilesBeforeItAndResumesWithoutLoss() {
        IntStream.range(0, FILES).forEach(n -> write(root, name(n) + ".xml", utf8(nfeXml(n + 1))));
        Storage failing = FaultInjectingStorage.failing(new LocalStorage(root), Point.READ,
                path -> path.equals(name(150) + ".xml"));
        RecordingSink crashed = RecordingSink.fresh();

        assertThatThrownBy(() -> new FolderExtractor(failing, "", settings(50), CLOCK, rejected::add)
                .extract(Checkpoint.empty(), crashed))
                .isInstanceOf(TransientException.class)
                .hasMessageContaining(name(150) + ".xml");
        assertThat(crashed.documents()).hasSize(100);

        RecordingSink resumed = crashed.resumed();
        new FolderExtractor(new LocalStorage(root), "", settings(50), CLOCK, rejected::add)
                .extract(crashed.lastCheckpoint(), resumed);

        List<String> union = Stream.concat(crashed.ids().stream(), resumed.ids().stream()).toList();
        assertThat(union).containsExactlyElementsOf(IntStream.rangeClosed(1, FILES).mapToObj(n -> chave(n)).toList());
    }

    /** Plain, gzip and zip files, with an unsupported one among them; the sources of their documents, in order. */
    private List<String> writeMixedFiles() {
        List<String> sources = new ArrayList<>();
        for (int n = 0; n < FILES; n++) {
            String name = name(n);
            if (n == 150) {
                write(root, "f150.txt", utf8("not a document"));
            } else if (n % 50 == 7) {
                Map<String, byte[]> entries = new LinkedHashMap<>();
                entries.put("a.xml", utf8(nfeXml(1000 + n)));
                entries.put("b.xml", utf8(nfeXml(2000 + n)));
                write(root, name + ".zip", zip(entries));
                sources.add(name + ".zip!/a.xml");
                sources.add(name + ".zip!/b.xml");
            } else if (n % 3 == 0) {
                write(root, name + ".xml.gz", gzip(utf8(nfeXml(n + 1))));
                sources.add(name + ".xml.gz");
            } else {
                write(root, name + ".xml", utf8(nfeXml(n + 1)));
                sources.add(name + ".xml");
            }
        }
        return sources;
    }

    private static String name(int n) {
        return String.format("f%03d", n);
    }

    private static FolderSettings settings(int pageSize) {
        return new FolderSettings(pageSize, 64L << 20, Duration.ofSeconds(5), 20L << 20, 100, 10_000);
    }

    /** Counts the reads under way at once, each held a few milliseconds as a remote store's round trip would be. */
    private static final class ConcurrentReads {
        private final AtomicInteger open = new AtomicInteger();
        private final AtomicInteger most = new AtomicInteger();

        void read() {
            most.accumulateAndGet(open.incrementAndGet(), Math::max);
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                open.decrementAndGet();
            }
        }

        int most() {
            return most.get();
        }
    }
}
