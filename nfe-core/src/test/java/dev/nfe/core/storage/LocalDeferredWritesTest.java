package dev.nfe.core.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nfe.core.spi.AtomicOutputStream;
import dev.nfe.core.spi.DeferredWrites;
import dev.nfe.core.spi.ObjectNotFoundException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a local storage forces to the disk, and when, observed through the {@code fsync}s it asks for. */
class LocalDeferredWritesTest {
    @TempDir
    Path directory;

    /** Every path forced, in the order the forcing finished; then forced for real. */
    private final List<Path> forced = Collections.synchronizedList(new ArrayList<>());
    private LocalStorage storage;

    private LocalStorage storage() {
        if (storage == null) {
            storage = new LocalStorage(directory.resolve("lake"), path -> {
                OperatingSystemSync.SYSTEM.force(path);
                forced.add(path);
            });
        }
        return storage;
    }

    @Test
    void close_ofDeferredWrite_forcesNothing() throws IOException {
        DeferredWrites writes = storage().deferredWrites();

        write(writes, "batch/a.xml");
        write(writes, "batch/b.xml");

        assertThat(forced).isEmpty();
    }

    @Test
    void sync_forcesEveryClosedFileThenEveryDirectoryUpToTheRoot() throws IOException {
        DeferredWrites writes = storage().deferredWrites();
        write(writes, "bronze/batch/a.xml");
        write(writes, "bronze/batch/b.xml");
        write(writes, "_state/ids/c");

        writes.sync();

        Path lake = storage().root();
        assertThat(forced.subList(0, 3)).containsExactlyInAnyOrder(lake.resolve("bronze/batch/a.xml"),
                lake.resolve("bronze/batch/b.xml"), lake.resolve("_state/ids/c"));
        assertThat(forced.subList(3, forced.size())).containsExactlyInAnyOrder(lake.resolve("bronze/batch"),
                lake.resolve("bronze"), lake.resolve("_state/ids"), lake.resolve("_state"), lake);
    }

    @Test
    void sync_again_forcesOnlyWhatWasClosedSince() throws IOException {
        DeferredWrites writes = storage().deferredWrites();
        write(writes, "batch/a.xml");
        writes.sync();
        forced.clear();

        write(writes, "batch/b.xml");
        writes.sync();

        assertThat(forced.get(0)).isEqualTo(storage().root().resolve("batch/b.xml"));
        assertThat(forced.subList(1, forced.size())).containsExactlyInAnyOrder(storage().root().resolve("batch"),
                storage().root());
    }

    @Test
    void sync_ofAbortedWrite_forcesNothing() throws IOException {
        DeferredWrites writes = storage().deferredWrites();
        AtomicOutputStream out = writes.newOutputFile("batch/a.xml").create();
        out.write(1);
        out.abort();

        writes.sync();

        assertThat(forced).isEmpty();
    }

    @Test
    void sync_whenAWrittenFileWasRemoved_failsNamingIt() throws IOException {
        DeferredWrites writes = storage().deferredWrites();
        write(writes, "batch/a.xml");
        Files.delete(storage().root().resolve("batch/a.xml"));

        assertThatThrownBy(writes::sync).isInstanceOf(ObjectNotFoundException.class).hasMessageContaining("batch/a.xml");
    }

    @Test
    void sync_ofManyFilesOnTheRootsDevice_syncsTheFileSystemOnceAndForcesNoFile() throws IOException {
        List<Path> fileSystems = new ArrayList<>();
        LocalStorage lake = new LocalStorage(directory.resolve("lake"), fileSystemSync(fileSystems, true));
        DeferredWrites writes = lake.deferredWrites();
        writeMany(writes, LocalDeferredWrites.FILE_SYSTEM_SYNC_FROM);

        writes.sync();

        assertThat(fileSystems).containsExactly(lake.root());
        assertThat(forced).isEmpty();
    }

    @Test
    void sync_whenTheFileSystemCannotBeSynced_forcesEveryFileAndDirectory() throws IOException {
        List<Path> fileSystems = new ArrayList<>();
        LocalStorage lake = new LocalStorage(directory.resolve("lake"), fileSystemSync(fileSystems, false));
        DeferredWrites writes = lake.deferredWrites();
        writeMany(writes, LocalDeferredWrites.FILE_SYSTEM_SYNC_FROM);

        writes.sync();

        assertThat(fileSystems).containsExactly(lake.root());
        assertThat(forced).hasSize(LocalDeferredWrites.FILE_SYSTEM_SYNC_FROM + 2)
                .contains(lake.root().resolve("batch/0.xml"), lake.root().resolve("batch"), lake.root());
    }

    @Test
    void sync_ofFewerFilesThanTheThreshold_forcesEachWithoutSyncingTheFileSystem() throws IOException {
        List<Path> fileSystems = new ArrayList<>();
        LocalStorage lake = new LocalStorage(directory.resolve("lake"), fileSystemSync(fileSystems, true));
        DeferredWrites writes = lake.deferredWrites();
        writeMany(writes, LocalDeferredWrites.FILE_SYSTEM_SYNC_FROM - 1);

        writes.sync();

        assertThat(fileSystems).isEmpty();
        assertThat(forced).hasSize(LocalDeferredWrites.FILE_SYSTEM_SYNC_FROM - 1 + 2);
    }

    /** A disk recording every path forced and every file system synced, which it syncs when {@code canSync}. */
    private DiskSync fileSystemSync(List<Path> fileSystems, boolean canSync) {
        return new DiskSync() {
            @Override
            public void force(Path path) throws IOException {
                OperatingSystemSync.SYSTEM.force(path);
                forced.add(path);
            }

            @Override
            public boolean forceFileSystem(Path root) throws IOException {
                fileSystems.add(root);
                return canSync && OperatingSystemSync.SYSTEM.forceFileSystem(root);
            }
        };
    }

    private static void writeMany(DeferredWrites writes, int count) throws IOException {
        for (int i = 0; i < count; i++) {
            write(writes, "batch/" + i + ".xml");
        }
    }

    private static void write(DeferredWrites writes, String key) throws IOException {
        try (AtomicOutputStream out = writes.newOutputFile(key).createOrOverwrite()) {
            out.write(key.getBytes(StandardCharsets.UTF_8));
        }
    }
}
