package dev.nfe.core.extract;

import static dev.nfe.core.extract.FolderFixtures.chave;
import static dev.nfe.core.extract.FolderFixtures.gzip;
import static dev.nfe.core.extract.FolderFixtures.nfeJson;
import static dev.nfe.core.extract.FolderFixtures.nfeXml;
import static dev.nfe.core.extract.FolderFixtures.utf8;
import static dev.nfe.core.extract.FolderFixtures.write;
import static dev.nfe.core.extract.FolderFixtures.zip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.nfe.core.spi.Checkpoint;
import dev.nfe.core.spi.Extractor.ExtractResult;
import dev.nfe.core.spi.InputFile;
import dev.nfe.core.spi.MediaType;
import dev.nfe.core.spi.NfeException;
import dev.nfe.core.spi.OutputFile;
import dev.nfe.core.spi.RawDocument;
import dev.nfe.core.spi.Storage;
import dev.nfe.core.spi.StoredObject;
import dev.nfe.core.storage.LocalStorage;
import dev.nfe.core.testing.SpecialFiles;
import dev.nfe.core.testing.TickingClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderExtractorTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-02T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path root;

    private final List<RejectedSource> rejected = new ArrayList<>();

    @Test
    void extract_mixedTree_emitsDocumentsInPathOrderWithMediaTypes() {
        write(root, "a/01.xml", utf8(nfeXml(1)));
        write(root, "a/02.json", utf8(nfeJson(2)));
        write(root, "b/03.xml.gz", gzip(utf8(nfeXml(3))));
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("x/05.xml", utf8(nfeXml(5)));
        entries.put("06.json", utf8(nfeJson(6)));
        write(root, "c/04.zip", zip(entries));
        write(root, "d/07.ndjson", utf8(nfeJson(7) + "\n" + nfeJson(8) + "\n"));
        write(root, "e/readme.txt", utf8("not a document"));
        RecordingSink sink = RecordingSink.fresh();

        ExtractResult result = extractor(FolderSettings.defaults()).extract(Checkpoint.empty(), sink);

        assertThat(result.exhausted()).isTrue();
        assertThat(sink.documents()).extracting(RawDocument::source).containsExactly("a/01.xml", "a/02.json",
                "b/03.xml.gz", "c/04.zip!/x/05.xml", "c/04.zip!/06.json", "d/07.ndjson");
        assertThat(sink.documents()).extracting(RawDocument::mediaType).containsExactly(MediaType.XML,
                MediaType.JSON, MediaType.XML, MediaType.XML, MediaType.JSON, MediaType.NDJSON);
        assertThat(rejected).extracting(RejectedSource::source, RejectedSource::reason)
                .containsExactly(tuple("e/readme.txt",
                        RejectedSource.Reason.UNSUPPORTED_TYPE));
    }

    @Test
    void extract_gzipFile_keepsCompressedBytesAndTakesIdFromContent() {
        byte[] compressed = gzip(utf8(nfeXml(3)));
        write(root, "03.xml.gz", compressed);
        RecordingSink sink = RecordingSink.fresh();

        extractor(FolderSettings.defaults()).extract(Checkpoint.empty(), sink);

        RawDocument document = sink.documents().get(0);
        assertThat(document.bytes()).isEqualTo(compressed);
        assertThat(document.id()).isEqualTo(chave(3));
    }

    @Test
    void extract_documentsWithAndWithoutChave_useChaveElseContentHash() {
        byte[] anonymous = utf8("<nota><numero>1</numero></nota>");
        write(root, "1.xml", utf8(nfeXml(1)));
        write(root, "2.xml", anonymous);
        RecordingSink sink = RecordingSink.fresh();

        extractor(FolderSettings.defaults()).extract(Checkpoint.empty(), sink);

        assertThat(sink.ids()).containsExactly(chave(1), DocumentId.hash(anonymous));
        assertThat(sink.ids().get(1)).matches("sha256-[0-9a-f]{64}");
    }

    @Test
    void extract_zipBombEntry_isRejectedAndTheRestOfTheArchiveSkipped() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("01.xml", utf8(nfeXml(1)));
        entries.put("02-bomb.xml", new byte[15 << 20]);
        entries.put("03.xml", utf8(nfeXml(3)));
        write(root, "a.zip", zip(entries));
        write(root, "b.xml", utf8(nfeXml(4)));
        RecordingSink sink = RecordingSink.fresh();

        extractor(FolderSettings.defaults()).extract(Checkpoint.empty(), sink);

        assertThat(sink.documents()).extracting(RawDocument::source).containsExactly("a.zip!/01.xml", "b.xml");
        assertThat(rejected).singleElement().satisfies(rejection -> {
            assertThat(rejection.source()).isEqualTo("a.zip!/02-bomb.xml");
            assertThat(rejection.reason()).isEqualTo(RejectedSource.Reason.COMPRESSION_RATIO);
        });
    }

    @Test
    void extract_oversizedEntry_isRejectedAndLaterEntriesRead() {
        byte[] noise = new byte[10 * 1024];
        new Random(7).nextBytes(noise);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("01.xml", utf8(nfeXml(1)));
        entries.put("02.xml", noise);
        entries.put("03.xml", utf8(nfeXml(3)));
        write(root, "a.zip", zip(entries));
        RecordingSink sink = RecordingSink.fresh();

        extractor(settings(100, 4 * 1024, 100, 10_000)).extract(Checkpoint.empty(), sink);

        assertThat(sink.ids()).containsExactly(chave(1), chave(3));
        assertThat(rejected).extracting(RejectedSource::source, RejectedSource::reason).containsExactly(
                tuple("a.zip!/02.xml", RejectedSource.Reason.TOO_LARGE));
    }

    @Test
    void extract_oversizedPlainFile_isRejected() {
        write(root, "big.xml", new byte[5000]);
        RecordingSink sink = RecordingSink.fresh();

        extractor(settings(100, 4096, 100, 10_000)).extract(Checkpoint.empty(), sink);

        assertThat(sink.documents()).isEmpty();
        assertThat(rejected).extracting(RejectedSource::reason).containsExactly(RejectedSource.Reason.TOO_LARGE);
    }

    @Test
    void extract_gzipBomb_isKeptAsReceivedUnderItsHashForQuarantine() {
        byte[] bomb = gzip(new byte[15 << 20]);
        write(root, "bomb.xml.gz", bomb);
        RecordingSink sink = RecordingSink.fresh();

        extractor(FolderSettings.defaults()).extract(Checkpoint.empty(), sink);

        assertThat(sink.documents()).singleElement().satisfies(document -> {
            assertThat(document.bytes()).isEqualTo(bomb);
            assertThat(document.id()).isEqualTo(DocumentId.hash(bomb));
            assertThat(document.mediaType()).isEqualTo(MediaType.XML);
        });
        assertThat(rejected).isEmpty();
    }

    @Test
    void extract_zipWithTooManyEntries_readsTheFirstAndRejectsTheRest() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        IntStream.rangeClosed(1, 3).forEach(n -> entries.put(n + ".xml", utf8(nfeXml(n))));
        write(root, "a.zip", zip(entries));
        RecordingSink sink = RecordingSink.fresh();

        extractor(settings(100, 20 << 20, 100, 2)).extract(Checkpoint.empty(), sink);

        assertThat(sink.ids()).containsExactly(chave(1), chave(2));
        assertThat(rejected).extracting(RejectedSource::reason)
                .containsExactly(RejectedSource.Reason.TOO_MANY_ENTRIES);
    }

    @Test
    void extract_truncatedZip_keepsEntriesBeforeTheCutAndRejectsTheArchive() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("1.xml", utf8(nfeXml(1)));
        byte[] noise = new byte[64 * 1024];
        new Random(3).nextBytes(noise);
        entries.put("2.xml", noise);
        byte[] whole = zip(entries);
        write(root, "a.zip", Arrays.copyOf(whole, whole.length / 2));
        RecordingSink sink = RecordingSink.fresh();

        extractor(FolderSettings.defaults()).extract(Checkpoint.empty(), sink);

        assertThat(sink.ids()).containsExactly(chave(1));
        assertThat(rejected).extracting(RejectedSource::source, RejectedSource::reason).containsExactly(
                tuple("a.zip", RejectedSource.Reason.UNREADABLE));
    }

    @Test
    void extract_notAZip_isRejectedAsUnreadable() {
        write(root, "a.zip", utf8("plain text, not an archive"));
        RecordingSink sink = RecordingSink.fresh();

        extractor(FolderSettings.defaults()).extract(Checkpoint.empty(), sink);

        assertThat(sink.documents()).isEmpty();
        assertThat(rejected).extracting(RejectedSource::reason).containsExactly(RejectedSource.Reason.UNREADABLE);
    }

    @Test
    void extract_notGzip_isKeptAsReceivedForQuarantine() {
        write(root, "b.xml.gz", utf8("plain text, not gzip"));
        RecordingSink sink = RecordingSink.fresh();

        extractor(FolderSettings.defaults()).extract(Checkpoint.empty(), sink);

        assertThat(sink.documents()).singleElement()
                .satisfies(document -> assertThat(document.bytes()).isEqualTo(utf8("plain text, not gzip")));
        assertThat(rejected).isEmpty();
    }

    @Test
    void extract_pageSizeTwo_recordsEachFileInTheLedgerWithItsPage() {
        writeXmlFiles(5);
        RecordingSink sink = RecordingSink.fresh();

        extractor(settings(2, 20 << 20, 100, 10_000)).extract(Checkpoint.empty(), sink);

        assertThat(sink.pages()).extracting(List::size).containsExactly(2, 2, 1);
        assertThat(sink.ledgerEntries()).containsOnlyKeys("f1.xml", "f2.xml", "f3.xml", "f4.xml", "f5.xml");
        assertThat(sink.checkpoints()).allSatisfy(checkpoint ->
                assertThat(checkpoint.get(FolderPosition.PARTIAL_PATH)).isEmpty());
    }

    @Test
    void extract_afterCrashOnSecondCommit_resumesWithoutLossOrDuplicates() {
        writeXmlFiles(5);
        FolderExtractor extractor = extractor(settings(2, 20 << 20, 100, 10_000));
        RecordingSink crashed = RecordingSink.fresh().crashingOnCommit(2);

        assertThatThrownBy(() -> extractor.extract(Checkpoint.empty(), crashed))
                .isInstanceOf(NfeException.class).hasMessageContaining("Simulated crash");
        RecordingSink resumed = crashed.resumed();
        ExtractResult result = extractor.extract(crashed.lastCheckpoint(), resumed);

        assertThat(result.exhausted()).isTrue();
        assertThat(resumed.documents()).extracting(RawDocument::source).first().isEqualTo("f3.xml");
        List<String> union = Stream.concat(crashed.ids().stream(), resumed.ids().stream()).toList();
        assertThat(union).containsExactly(chave(1), chave(2), chave(3), chave(4), chave(5));
    }

    @Test
    void extract_crashInsideZip_resumesAtTheNextEntry() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        IntStream.rangeClosed(1, 5).forEach(n -> entries.put("e" + n + ".xml", utf8(nfeXml(n))));
        write(root, "a.zip", zip(entries));
        write(root, "b.xml", utf8(nfeXml(6)));
        FolderExtractor extractor = extractor(settings(2, 20 << 20, 100, 10_000));
        RecordingSink crashed = RecordingSink.fresh().crashingOnCommit(2);

        assertThatThrownBy(() -> extractor.extract(Checkpoint.empty(), crashed)).isInstanceOf(NfeException.class);
        Checkpoint saved = crashed.lastCheckpoint();
        RecordingSink resumed = crashed.resumed();
        extractor.extract(saved, resumed);

        assertThat(saved.values()).containsEntry(FolderPosition.PARTIAL_PATH, "a.zip")
                .containsEntry(FolderPosition.PARTIAL_COUNT, "2");
        assertThat(resumed.ids()).containsExactly(chave(3), chave(4), chave(5), chave(6));
    }

    @Test
    void extract_emptyCheckpointOverSameFiles_reEmitsTheSameIds() {
        writeXmlFiles(3);
        FolderExtractor extractor = extractor(FolderSettings.defaults());
        RecordingSink first = RecordingSink.fresh();
        RecordingSink second = RecordingSink.fresh();

        extractor.extract(Checkpoint.empty(), first);
        extractor.extract(Checkpoint.empty(), second);

        assertThat(second.ids()).containsExactlyElementsOf(first.ids()).hasSize(3);
    }

    @Test
    void extract_fromTheFinalCheckpoint_commitsNothing() {
        writeXmlFiles(3);
        FolderExtractor extractor = extractor(FolderSettings.defaults());
        RecordingSink first = RecordingSink.fresh();
        Checkpoint end = extractor.extract(Checkpoint.empty(), first).checkpoint();
        RecordingSink second = first.resumed();

        ExtractResult result = extractor.extract(end, second);

        assertThat(result).isEqualTo(new ExtractResult(end, true));
        assertThat(second.pages()).isEmpty();
    }

    @Test
    void extract_newFileAfterTheFinalCheckpoint_isTheOnlyOneEmitted() {
        writeXmlFiles(3);
        FolderExtractor extractor = extractor(FolderSettings.defaults());
        RecordingSink first = RecordingSink.fresh();
        Checkpoint end = extractor.extract(Checkpoint.empty(), first).checkpoint();
        write(root, "f9.xml", utf8(nfeXml(9)));
        RecordingSink second = first.resumed();

        extractor.extract(end, second);

        assertThat(second.ids()).containsExactly(chave(9));
    }

    @Test
    void extract_fileAddedLaterSortingBeforeEarlierFiles_isEmitted() {
        write(root, "20260102-b.xml", utf8(nfeXml(2)));
        write(root, "20260102-c.xml", utf8(nfeXml(3)));
        FolderExtractor extractor = extractor(FolderSettings.defaults());
        RecordingSink first = RecordingSink.fresh();
        Checkpoint end = extractor.extract(Checkpoint.empty(), first).checkpoint();
        write(root, "0001-a.xml", utf8(nfeXml(1)));
        RecordingSink second = first.resumed();

        extractor.extract(end, second);

        assertThat(second.ids()).containsExactly(chave(1));
    }

    @Test
    void extract_fileRewrittenWithNewBytes_isEmittedAgain() throws IOException {
        write(root, "a.xml", utf8(nfeXml(1)));
        FolderExtractor extractor = extractor(FolderSettings.defaults());
        RecordingSink first = RecordingSink.fresh();
        Checkpoint end = extractor.extract(Checkpoint.empty(), first).checkpoint();
        write(root, "a.xml", utf8(nfeXml(2)));
        Files.setLastModifiedTime(root.resolve("a.xml"), FileTime.from(Instant.parse("2026-01-03T00:00:00Z")));
        RecordingSink second = first.resumed();

        extractor.extract(end, second);

        assertThat(second.ids()).containsExactly(chave(2));
    }

    @Test
    void extract_fileRejectedForSize_isReadAgainOnceTheLimitIsRaised() {
        byte[] document = utf8(nfeXml(1));
        write(root, "big.xml", document);
        RecordingSink first = RecordingSink.fresh();
        Checkpoint end = extractor(settings(100, document.length - 1, 100, 10_000))
                .extract(Checkpoint.empty(), first).checkpoint();
        RecordingSink second = first.resumed();

        extractor(settings(100, document.length, 100, 10_000)).extract(end, second);

        assertThat(first.ids()).isEmpty();
        assertThat(rejected).extracting(RejectedSource::reason).containsExactly(RejectedSource.Reason.TOO_LARGE);
        assertThat(second.ids()).containsExactly(chave(1));
    }

    @Test
    void extract_zipEntryClimbingOutOfTheArchive_isRejectedAsUnsafe() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("../../etc/evil.xml", utf8(nfeXml(1)));
        entries.put("ok.xml", utf8(nfeXml(2)));
        write(root, "a.zip", zip(entries));
        RecordingSink sink = RecordingSink.fresh();

        extractor(FolderSettings.defaults()).extract(Checkpoint.empty(), sink);

        assertThat(sink.ids()).containsExactly(chave(2));
        assertThat(sink.rejectedSources()).singleElement().asString()
                .startsWith("a.zip!/../../etc/evil.xml UNSAFE_NAME");
    }

    @Test
    void extract_fileRejectedForSize_isReportedToTheSinkWithItsLimit() {
        byte[] document = utf8(nfeXml(1));
        write(root, "big.xml", document);
        RecordingSink sink = RecordingSink.fresh();

        extractor(settings(100, document.length - 1, 100, 10_000)).extract(Checkpoint.empty(), sink);

        assertThat(sink.rejectedSources()).containsExactly("big.xml TOO_LARGE: " + document.length
                + " bytes, limit " + (document.length - 1));
    }

    @Test
    void extract_fileRejectedUnderUnchangedLimits_isNotReadAgain() {
        byte[] document = utf8(nfeXml(1));
        write(root, "big.xml", document);
        FolderExtractor extractor = extractor(settings(100, document.length - 1, 100, 10_000));
        RecordingSink first = RecordingSink.fresh();
        Checkpoint end = extractor.extract(Checkpoint.empty(), first).checkpoint();

        extractor.extract(end, first.resumed());

        assertThat(rejected).hasSize(1);
    }

    @Test
    void extract_symbolicLinkAndFifo_areRejectedNotReadAndReportedOnce() throws Exception {
        Path outside = Files.createTempFile("outside", ".xml");
        Files.writeString(outside, nfeXml(9));
        write(root, "a.xml", utf8(nfeXml(1)));
        Files.createSymbolicLink(root.resolve("link.xml"), outside);
        boolean fifo = SpecialFiles.makeFifo(root.resolve("pipe.xml"));
        FolderExtractor extractor = extractor(FolderSettings.defaults());
        RecordingSink first = RecordingSink.fresh();

        Checkpoint end = extractor.extract(Checkpoint.empty(), first).checkpoint();
        RecordingSink second = first.resumed();
        extractor.extract(end, second);

        assertThat(first.ids()).containsExactly(chave(1));
        List<String> expected = fifo
                ? List.of("link.xml NOT_A_REGULAR_FILE: a symbolic link, not followed",
                        "pipe.xml NOT_A_REGULAR_FILE: a FIFO, socket or device, not read")
                : List.of("link.xml NOT_A_REGULAR_FILE: a symbolic link, not followed");
        assertThat(first.rejectedSources()).containsExactlyElementsOf(expected);
        assertThat(second.ids()).isEmpty();
        assertThat(rejected).hasSize(expected.size());
        Files.delete(outside);
    }

    @Test
    void extract_symbolicLinkReplacedByAFile_readsTheFile() throws IOException {
        Path outside = Files.createTempFile("outside", ".xml");
        Files.writeString(outside, nfeXml(9));
        Files.createSymbolicLink(root.resolve("late.xml"), outside);
        FolderExtractor extractor = extractor(FolderSettings.defaults());
        RecordingSink first = RecordingSink.fresh();
        Checkpoint end = extractor.extract(Checkpoint.empty(), first).checkpoint();
        Files.delete(root.resolve("late.xml"));
        write(root, "late.xml", utf8(nfeXml(2)));
        RecordingSink second = first.resumed();

        extractor.extract(end, second);

        assertThat(first.ids()).isEmpty();
        assertThat(second.ids()).containsExactly(chave(2));
        Files.delete(outside);
    }

    @Test
    void extract_deadlineNearAfterFirstPage_stopsWithThatPagesCheckpoint() {
        writeXmlFiles(5);
        RecordingSink sink = RecordingSink.fresh().expiringAfterCommits(1, CLOCK.instant().plusSeconds(3));

        ExtractResult result = extractor(settings(2, 20 << 20, 100, 10_000)).extract(Checkpoint.empty(), sink);

        assertThat(result.exhausted()).isFalse();
        assertThat(sink.pages()).hasSize(1);
        assertThat(result.checkpoint()).isEqualTo(sink.lastCheckpoint());
        assertThat(sink.ledgerEntries()).containsOnlyKeys("f1.xml", "f2.xml");
    }

    @Test
    void extract_deadlineComingNearWithinAPage_commitsWhatWasReadAndStops() {
        writeXmlFiles(5);
        Clock ticking = new TickingClock(CLOCK.instant());
        RecordingSink sink = RecordingSink.fresh().withDeadline(CLOCK.instant().plusSeconds(12));
        FolderExtractor extractor = new FolderExtractor(new LocalStorage(root), "",
                settings(100, 20 << 20, 100, 10_000), ticking, rejected::add);

        ExtractResult result = extractor.extract(Checkpoint.empty(), sink);
        RecordingSink next = sink.resumed();
        extractor(settings(100, 20 << 20, 100, 10_000)).extract(result.checkpoint(), next);

        assertThat(result.exhausted()).isFalse();
        assertThat(sink.pages()).hasSize(1);
        assertThat(sink.ids()).isNotEmpty().hasSizeLessThan(5);
        assertThat(next.ids()).doesNotContainAnyElementsOf(sink.ids());
        assertThat(sink.ids().size() + next.ids().size()).isEqualTo(5);
    }

    @Test
    void extract_deadlineAlreadyNear_commitsNothing() {
        writeXmlFiles(2);
        Checkpoint from = Checkpoint.empty().with("other.key", "kept");
        RecordingSink sink = new RecordingSink(from).withDeadline(CLOCK.instant().plusSeconds(4));

        ExtractResult result = extractor(FolderSettings.defaults()).extract(from, sink);

        assertThat(result).isEqualTo(new ExtractResult(from, false));
        assertThat(sink.pages()).isEmpty();
    }

    @Test
    void extract_checkpoint_keepsKeysOfOtherComponents() {
        writeXmlFiles(1);
        Checkpoint from = Checkpoint.empty().with("other.key", "kept");
        RecordingSink sink = new RecordingSink(from);

        ExtractResult result = extractor(FolderSettings.defaults()).extract(from, sink);

        assertThat(result.checkpoint().values()).containsEntry("other.key", "kept");
    }

    @Test
    void extract_prefix_readsOnlyObjectsUnderIt() {
        write(root, "in/1.xml", utf8(nfeXml(1)));
        write(root, "out/2.xml", utf8(nfeXml(2)));
        RecordingSink sink = RecordingSink.fresh();

        new FolderExtractor(new LocalStorage(root), "in/", FolderSettings.defaults(), CLOCK, rejected::add)
                .extract(Checkpoint.empty(), sink);

        assertThat(sink.ids()).containsExactly(chave(1));
    }

    @Test
    void extract_onlyUnsupportedFiles_commitsAnEmptyPageAndRecordsTheFile() {
        write(root, "danfe.pdf", utf8("%PDF-1.4"));
        RecordingSink sink = RecordingSink.fresh();

        ExtractResult result = extractor(FolderSettings.defaults()).extract(Checkpoint.empty(), sink);

        assertThat(sink.pages()).containsExactly(List.of());
        assertThat(sink.ledgerEntries()).containsOnlyKeys("danfe.pdf");
    }

    @Test
    void extract_listingInAnyOrder_emitsEveryFile() {
        writeXmlFiles(2);
        Storage reversed = new ReversedStorage(new LocalStorage(root));
        RecordingSink sink = RecordingSink.fresh();

        new FolderExtractor(reversed, "", FolderSettings.defaults(), CLOCK, rejected::add)
                .extract(Checkpoint.empty(), sink);

        assertThat(sink.ids()).containsExactly(chave(2), chave(1));
    }

    @Test
    void extract_badPartialCount_failsNamingTheKey() {
        Checkpoint corrupt = Checkpoint.empty().with(FolderPosition.PARTIAL_PATH, "a.zip")
                .with(FolderPosition.PARTIAL_COUNT, "two");

        assertThatThrownBy(() -> extractor(FolderSettings.defaults()).extract(corrupt, RecordingSink.fresh()))
                .isInstanceOf(NfeException.class)
                .hasMessageContaining("folder.partialCount");
    }

    private void writeXmlFiles(int count) {
        IntStream.rangeClosed(1, count).forEach(n -> write(root, "f" + n + ".xml", utf8(nfeXml(n))));
    }

    private FolderExtractor extractor(FolderSettings settings) {
        return new FolderExtractor(new LocalStorage(root), "", settings, CLOCK, rejected::add);
    }

    private static FolderSettings settings(int pageSize, long maxDocumentBytes, int ratio, int entries) {
        return new FolderSettings(pageSize, 64L << 20, Duration.ofSeconds(5), maxDocumentBytes, ratio, entries);
    }

    /** Lists its delegate's objects in reverse order, as a broken storage might. */
    private static final class ReversedStorage implements Storage {
        private final Storage delegate;

        ReversedStorage(Storage delegate) {
            this.delegate = delegate;
        }

        @Override
        public InputFile newInputFile(String path) {
            return delegate.newInputFile(path);
        }

        @Override
        public OutputFile newOutputFile(String path) {
            return delegate.newOutputFile(path);
        }

        @Override
        public Stream<StoredObject> list(String prefix) {
            try (Stream<StoredObject> objects = delegate.list(prefix)) {
                List<StoredObject> reversed = new ArrayList<>(objects.toList());
                Collections.reverse(reversed);
                return reversed.stream();
            }
        }

        @Override
        public void delete(String path) {
            delegate.delete(path);
        }
    }
}
