package dev.nfe.core.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nfe.core.spi.AtomicOutputStream;
import dev.nfe.core.spi.CommitConflictException;
import dev.nfe.core.spi.NfeException;
import dev.nfe.core.spi.SkippedEntry;
import dev.nfe.core.spi.Storage;
import dev.nfe.core.spi.StoredObject;
import dev.nfe.core.testing.SpecialFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalStorageTest extends StorageContractTest {
    @TempDir
    Path root;

    @Override
    protected Storage storage() {
        return new LocalStorage(root.resolve("lake"));
    }

    @Test
    void close_afterWrites_leavesNoTemporaryFiles() throws IOException {
        put("a/one", "1");
        put("a/two", "2");
        AtomicOutputStream aborted = storage().newOutputFile("a/three").create();
        aborted.write(1);
        aborted.abort();
        AtomicOutputStream conflicting = storage().newOutputFile("a/one").create();
        conflicting.write(1);
        assertThatThrownBy(conflicting::close).isInstanceOf(CommitConflictException.class);

        assertThat(filesUnder(root)).containsExactly("lake/a/one", "lake/a/two");
    }

    @Test
    void write_beforeClose_keepsBytesInHiddenTemporaryFileNextToTarget() throws IOException {
        try (AtomicOutputStream out = storage().newOutputFile("a/obj").create()) {
            out.write(1);
            out.flush();

            assertThat(filesUnder(root)).singleElement().asString().matches("lake/a/\\.obj\\.[0-9a-f-]+\\.tmp");
        }
    }

    @Test
    void list_skipsTemporaryFilesOfOtherWriters() throws IOException {
        put("a/obj", "1");
        Files.writeString(root.resolve("lake/a/.obj.1234.tmp"), "stale");

        assertThat(keys("")).containsExactly("a/obj");
    }

    @Test
    void newOutputFile_withTemporaryFileName_isRejected() {
        assertThatThrownBy(() -> storage().newOutputFile("a/.obj.1234.tmp"))
                .isInstanceOf(NfeException.class)
                .hasMessageContaining("reserved for temporary files");
    }

    @Test
    void newInputFile_cannotReachOutsideRoot() throws IOException {
        Files.writeString(root.resolve("secret"), "outside", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> storage().newInputFile("../secret"))
                .isInstanceOf(NfeException.class)
                .hasMessageContaining("Invalid storage path");
        assertThatThrownBy(() -> storage().newOutputFile("a/../../secret"))
                .isInstanceOf(NfeException.class)
                .hasMessageContaining("Invalid storage path");
        assertThat(Files.readString(root.resolve("secret"))).isEqualTo("outside");
    }

    @Test
    void list_skipsSymbolicLinksLeadingOutsideRoot() throws IOException {
        Files.createDirectories(root.resolve("outside"));
        Files.writeString(root.resolve("outside/secret"), "outside");
        Files.createDirectories(root.resolve("lake"));
        Files.createSymbolicLink(root.resolve("lake/link"), root.resolve("outside"));
        put("a/obj", "1");

        assertThat(keys("")).containsExactly("a/obj");
    }

    @Test
    void list_withListener_tellsOfLinksAndFifosInKeyOrderAndNeverYieldsThem() throws Exception {
        Files.createDirectories(root.resolve("outside"));
        Files.writeString(root.resolve("outside/secret"), "outside");
        put("a/obj", "1");
        Files.createSymbolicLink(root.resolve("lake/a/link"), root.resolve("outside/secret"));
        Files.createSymbolicLink(root.resolve("lake/dir-link"), root.resolve("outside"));
        boolean fifo = SpecialFiles.makeFifo(root.resolve("lake/a/pipe"));
        List<SkippedEntry> skipped = new ArrayList<>();

        List<String> listed;
        try (Stream<StoredObject> objects = storage().list("", skipped::add)) {
            listed = objects.map(StoredObject::path).toList();
        }

        assertThat(listed).containsExactly("a/obj");
        List<String> expected = fifo ? List.of("a/link SYMBOLIC_LINK", "a/pipe SPECIAL_FILE", "dir-link SYMBOLIC_LINK")
                : List.of("a/link SYMBOLIC_LINK", "dir-link SYMBOLIC_LINK");
        assertThat(skipped).extracting(entry -> entry.path() + " " + entry.kind()).containsExactlyElementsOf(expected);
    }

    @Test
    void list_withListenerUnderPrefix_tellsOnlyOfEntriesUnderIt() throws IOException {
        Files.createDirectories(root.resolve("lake/a"));
        Files.createDirectories(root.resolve("lake/b"));
        Files.createSymbolicLink(root.resolve("lake/a/link"), root.resolve("lake/b"));
        Files.createSymbolicLink(root.resolve("lake/b/link"), root.resolve("lake/a"));
        List<SkippedEntry> skipped = new ArrayList<>();

        try (Stream<StoredObject> objects = storage().list("b/", skipped::add)) {
            assertThat(objects).isEmpty();
        }

        assertThat(skipped).extracting(SkippedEntry::path).containsExactly("b/link");
    }

    @Test
    void list_whenRootMissing_isEmpty() {
        assertThat(keys("")).isEmpty();
    }

    @Test
    void delete_ofFolderLikePrefix_isNoOp() throws IOException {
        put("folder/obj", "1");

        storage().delete("folder");

        assertThat(keys("")).containsExactly("folder/obj");
    }

    private static List<String> filesUnder(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile)
                    .map(file -> directory.relativize(file).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
    }
}
