package dev.nfe.core.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nfe.core.spi.AtomicOutputStream;
import dev.nfe.core.spi.CommitConflictException;
import dev.nfe.core.spi.DeferredWrites;
import dev.nfe.core.spi.NfeException;
import dev.nfe.core.spi.ObjectNotFoundException;
import dev.nfe.core.spi.SeekableInputStream;
import dev.nfe.core.spi.Storage;
import dev.nfe.core.spi.StoredObject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The behaviour every {@link Storage} must have. An implementation's test extends this class and returns, from
 * {@link #storage()}, a storage that is empty at the start of each test (a fresh directory, a fresh bucket prefix).
 * Published in nfe-core's test-jar so that other modules' storages run the same contract.
 */
public abstract class StorageContractTest {
    private static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(1);

    /** The storage under test, empty at the start of each test. */
    protected abstract Storage storage();

    @Test
    void newStream_afterWrite_readsTheWrittenBytes() throws IOException {
        put("a/b.txt", "hello");

        assertThat(get("a/b.txt")).isEqualTo("hello");
        assertThat(storage().newInputFile("a/b.txt").length()).isEqualTo(5);
    }

    @Test
    void newStream_ofEmptyObject_readsNothing() throws IOException {
        put("empty", "");

        assertThat(get("empty")).isEmpty();
        assertThat(storage().newInputFile("empty").length()).isZero();
    }

    @Test
    void create_whenObjectExists_failsWithCommitConflictAndKeepsFirstContent() throws IOException {
        put("x/obj", "first");
        AtomicOutputStream second = storage().newOutputFile("x/obj").create();
        second.write(bytes("second"));

        assertThatThrownBy(second::close)
                .isInstanceOf(CommitConflictException.class)
                .hasMessageContaining("x/obj");
        assertThat(get("x/obj")).isEqualTo("first");
        assertThat(keys("")).containsExactly("x/obj");
    }

    @Test
    void deferredWrite_afterClose_isReadableBeforeTheSync() throws IOException {
        DeferredWrites writes = storage().deferredWrites();
        try (AtomicOutputStream out = writes.newOutputFile("d/obj").createOrOverwrite()) {
            out.write(bytes("deferred"));
        }

        assertThat(get("d/obj")).isEqualTo("deferred");
        writes.sync();
        assertThat(get("d/obj")).isEqualTo("deferred");
    }

    @Test
    void deferredCreate_whenObjectExists_failsWithCommitConflictAndKeepsFirstContent() throws IOException {
        put("d/obj", "first");
        AtomicOutputStream second = storage().deferredWrites().newOutputFile("d/obj").create();
        second.write(bytes("second"));

        assertThatThrownBy(second::close).isInstanceOf(CommitConflictException.class).hasMessageContaining("d/obj");
        assertThat(get("d/obj")).isEqualTo("first");
    }

    @Test
    void deferredWrite_whenAborted_leavesNoObject() throws IOException {
        DeferredWrites writes = storage().deferredWrites();
        AtomicOutputStream out = writes.newOutputFile("d/obj").create();
        out.write(bytes("x"));
        out.abort();
        writes.sync();

        assertThat(keys("")).isEmpty();
    }

    @Test
    void createOrOverwrite_whenObjectExists_replacesIt() throws IOException {
        put("x/obj", "first, and longer");
        try (AtomicOutputStream out = storage().newOutputFile("x/obj").createOrOverwrite()) {
            out.write(bytes("second"));
        }

        assertThat(get("x/obj")).isEqualTo("second");
        assertThat(keys("")).containsExactly("x/obj");
    }

    @Test
    void createOrOverwrite_whenObjectAbsent_createsIt() throws IOException {
        try (AtomicOutputStream out = storage().newOutputFile("x/new").createOrOverwrite()) {
            out.write(bytes("value"));
        }

        assertThat(get("x/new")).isEqualTo("value");
    }

    @Test
    void abort_leavesNoObject() throws IOException {
        AtomicOutputStream out = storage().newOutputFile("x/aborted").create();
        out.write(bytes("partial"));

        out.abort();
        out.close();

        assertThat(keys("")).isEmpty();
        assertThatThrownBy(() -> storage().newInputFile("x/aborted").newStream()).isInstanceOf(ObjectNotFoundException.class);
    }

    @Test
    void abort_whenObjectExists_keepsItUntouched() throws IOException {
        put("x/obj", "committed");
        AtomicOutputStream out = storage().newOutputFile("x/obj").createOrOverwrite();
        out.write(bytes("replacement"));

        out.abort();
        out.abort();

        assertThat(get("x/obj")).isEqualTo("committed");
    }

    @Test
    void write_beforeClose_isInvisibleToListAndRead() throws IOException {
        try (AtomicOutputStream out = storage().newOutputFile("pending/obj").create()) {
            out.write(bytes("in flight"));
            out.flush();

            assertThat(keys("")).isEmpty();
            assertThatThrownBy(() -> storage().newInputFile("pending/obj").length()).isInstanceOf(ObjectNotFoundException.class);
        }
        assertThat(keys("")).containsExactly("pending/obj");
    }

    @Test
    void position_countsTheBytesWritten() throws IOException {
        try (AtomicOutputStream out = storage().newOutputFile("pos").create()) {
            out.write(7);
            out.write(new byte[10], 2, 5);

            assertThat(out.position()).isEqualTo(6);
        }
    }

    @Test
    void list_byPrefix_returnsMatchingObjectsSortedWithSizeAndLastModified() throws IOException {
        Instant before = Instant.now();
        put("t/b/2", "22");
        put("t/a/1", "1");
        put("t/b/1", "333");
        put("u/other", "x");
        Instant after = Instant.now();

        List<StoredObject> listed;
        try (Stream<StoredObject> objects = storage().list("t/")) {
            listed = objects.toList();
        }

        assertThat(listed).extracting(StoredObject::path).containsExactly("t/a/1", "t/b/1", "t/b/2");
        assertThat(listed).extracting(StoredObject::size).containsExactly(1L, 3L, 2L);
        assertThat(listed).allSatisfy(object -> assertThat(object.lastModified())
                .isBetween(before.minus(CLOCK_TOLERANCE), after.plus(CLOCK_TOLERANCE)));
    }

    @Test
    void list_withPartialNamePrefix_matchesKeysStartingWithIt() throws IOException {
        put("p/batch=1/f", "1");
        put("p/batch=10/f", "1");
        put("p/batch=2/f", "1");
        put("p/bat", "1");

        assertThat(keys("p/batch=1")).containsExactly("p/batch=1/f", "p/batch=10/f");
    }

    @Test
    void list_ordersKeysLexicographically() throws IOException {
        put("o/a/b", "1");
        put("o/a.txt", "1");
        put("o/a-z", "1");
        put("o/A", "1");

        assertThat(keys("o/")).containsExactly("o/A", "o/a-z", "o/a.txt", "o/a/b");
    }

    @Test
    void list_withEmptyPrefix_returnsEverything() throws IOException {
        put("z", "1");
        put("a/b/c", "1");

        assertThat(keys("")).containsExactly("a/b/c", "z");
    }

    @Test
    void list_ofAbsentPrefix_isEmpty() throws IOException {
        put("present/obj", "1");

        assertThat(keys("absent/")).isEmpty();
        assertThat(keys("present/obj/")).isEmpty();
    }

    @Test
    void delete_removesTheObject() throws IOException {
        put("d/obj", "1");
        put("d/keep", "1");

        storage().delete("d/obj");

        assertThat(keys("d/")).containsExactly("d/keep");
    }

    @Test
    void delete_whenObjectMissing_isNoOp() throws IOException {
        put("d/obj", "1");

        storage().delete("d/obj");
        storage().delete("d/obj");
        storage().delete("never/existed");

        assertThat(keys("")).isEmpty();
    }

    @Test
    void newStream_whenObjectMissing_throwsObjectNotFound() {
        assertThatThrownBy(() -> storage().newInputFile("missing/obj").newStream())
                .isInstanceOf(ObjectNotFoundException.class)
                .hasMessageContaining("missing/obj");
    }

    @Test
    void length_whenObjectMissing_throwsObjectNotFound() {
        assertThatThrownBy(() -> storage().newInputFile("missing/obj").length())
                .isInstanceOf(ObjectNotFoundException.class)
                .hasMessageContaining("missing/obj");
    }

    @Test
    void newStream_ofFolderLikePrefix_throwsObjectNotFound() throws IOException {
        put("folder/obj", "1");

        assertThatThrownBy(() -> storage().newInputFile("folder").newStream()).isInstanceOf(ObjectNotFoundException.class);
    }

    @Test
    void seek_movesTheReadPosition() throws IOException {
        byte[] content = new byte[256];
        for (int i = 0; i < content.length; i++) {
            content[i] = (byte) i;
        }
        put("seek", content);

        try (SeekableInputStream in = storage().newInputFile("seek").newStream()) {
            in.seek(200);
            assertThat(in.read()).isEqualTo(200);
            assertThat(in.position()).isEqualTo(201);

            in.seek(10);
            byte[] three = new byte[3];
            assertThat(in.read(three, 0, 3)).isEqualTo(3);
            assertThat(three).containsExactly(10, 11, 12);
            assertThat(in.position()).isEqualTo(13);

            in.seek(256);
            assertThat(in.read()).isEqualTo(-1);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"../x", "/abs", "a//b", "a/../b", "./a", "a/", "a\\b", ""})
    void newInputFile_withInvalidPath_isRejected(String path) {
        assertThatThrownBy(() -> storage().newInputFile(path))
                .isInstanceOf(NfeException.class)
                .hasMessageContaining("Invalid storage path");
    }

    @ParameterizedTest
    @ValueSource(strings = {"../x", "/abs", "a//b", "a/./b"})
    void newOutputFile_withInvalidPath_isRejected(String path) {
        assertThatThrownBy(() -> storage().newOutputFile(path))
                .isInstanceOf(NfeException.class)
                .hasMessageContaining("Invalid storage path");
    }

    @ParameterizedTest
    @ValueSource(strings = {"../x", "/abs", "a//b"})
    void delete_withInvalidPath_isRejected(String path) {
        assertThatThrownBy(() -> storage().delete(path))
                .isInstanceOf(NfeException.class)
                .hasMessageContaining("Invalid storage path");
    }

    @ParameterizedTest
    @ValueSource(strings = {"../", "/abs/", "a//"})
    void list_withInvalidPrefix_isRejected(String prefix) {
        assertThatThrownBy(() -> storage().list(prefix))
                .isInstanceOf(NfeException.class)
                .hasMessageContaining("Invalid storage path");
    }

    /** 50 MiB written 64 KiB at a time and read back the same way: nothing holds the whole object. */
    @Test
    void write_ofLargeObjectInChunks_streamsItWhole() throws IOException {
        int chunkSize = 64 * 1024;
        int chunks = 800;
        MessageDigest written = sha256();
        SplittableRandom random = new SplittableRandom(42);
        byte[] chunk = new byte[chunkSize];
        try (AtomicOutputStream out = storage().newOutputFile("large/object.bin").create()) {
            for (int i = 0; i < chunks; i++) {
                random.nextBytes(chunk);
                written.update(chunk);
                out.write(chunk);
            }
            assertThat(out.position()).isEqualTo((long) chunkSize * chunks);
        }

        MessageDigest read = sha256();
        try (InputStream in = storage().newInputFile("large/object.bin").newStream()) {
            int n;
            while ((n = in.read(chunk)) > 0) {
                read.update(chunk, 0, n);
            }
        }
        assertThat(storage().newInputFile("large/object.bin").length()).isEqualTo((long) chunkSize * chunks);
        assertThat(HexFormat.of().formatHex(read.digest())).isEqualTo(HexFormat.of().formatHex(written.digest()));
    }

    /** Writes {@code content} to {@code key} with {@code create()}. */
    protected void put(String key, String content) throws IOException {
        put(key, bytes(content));
    }

    /** Writes {@code content} to {@code key} with {@code create()}. */
    protected void put(String key, byte[] content) throws IOException {
        try (AtomicOutputStream out = storage().newOutputFile(key).create()) {
            out.write(content);
        }
    }

    /** Reads the object at {@code key} as UTF-8. */
    protected String get(String key) throws IOException {
        try (InputStream in = storage().newInputFile(key).newStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The keys listed under {@code prefix}, in listing order. */
    protected List<String> keys(String prefix) {
        try (Stream<StoredObject> objects = storage().list(prefix)) {
            return objects.map(StoredObject::path).toList();
        }
    }

    private static byte[] bytes(String content) {
        return content.getBytes(StandardCharsets.UTF_8);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
