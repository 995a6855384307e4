package dev.nfe.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nfe.core.spi.AtomicOutputStream;
import dev.nfe.core.spi.SeekableInputStream;
import dev.nfe.core.spi.Storage;
import dev.nfe.core.spi.StoredObject;
import dev.nfe.core.spi.TransientException;
import dev.nfe.core.storage.LocalStorage;
import dev.nfe.core.testing.FaultInjectingStorage.Point;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FaultInjectingStorageTest {

    @TempDir
    Path root;

    @ParameterizedTest(name = "{0}")
    @CsvSource({"OPEN, b/1.txt", "BEFORE_PUBLISH, b/1.txt", "AFTER_PUBLISH, a/1.txt b/1.txt"})
    void failing_writeOfASelectedObject_failsAtItsPointLeavingItPublishedOnlyAfterPublishing(Point point,
            String listed) {
        LocalStorage lake = new LocalStorage(root);
        Storage faulty = FaultInjectingStorage.failing(lake, point, path -> path.startsWith("a/"));

        assertThatThrownBy(() -> write(faulty, "a/1.txt"))
                .isInstanceOf(TransientException.class)
                .hasMessage("Injected failure at " + point + " of a/1.txt");
        write(faulty, "b/1.txt");

        assertThat(paths(lake)).containsExactly(listed.split(" "));
    }

    @Test
    void failing_withPasses_letsThatManySelectedObjectsThroughFirst() {
        LocalStorage lake = new LocalStorage(root);
        Storage faulty = FaultInjectingStorage.failing(lake, Point.BEFORE_PUBLISH, path -> true, 2,
                path -> new IllegalStateException("crash at " + path));
        write(faulty, "1.txt");
        write(faulty, "2.txt");

        assertThatThrownBy(() -> write(faulty, "3.txt"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("crash at 3.txt");
        assertThatThrownBy(() -> write(faulty, "4.txt")).isInstanceOf(IllegalStateException.class);
        assertThat(paths(lake)).containsExactly("1.txt", "2.txt");
    }

    @Test
    void hooked_read_runsTheActionBeforeEachSelectedObjectIsOpened() throws IOException {
        LocalStorage lake = new LocalStorage(root);
        write(lake, "a.txt");
        write(lake, "b.txt");
        AtomicInteger opened = new AtomicInteger();
        Storage hooked = FaultInjectingStorage.hooked(lake, Point.READ, path -> path.equals("a.txt"),
                opened::incrementAndGet);

        try (SeekableInputStream a = hooked.newInputFile("a.txt").newStream();
             SeekableInputStream b = hooked.newInputFile("b.txt").newStream()) {
            assertThat(a.read()).isEqualTo('x');
            assertThat(b.read()).isEqualTo('x');
        }

        assertThat(opened).hasValue(1);
    }

    private static void write(Storage storage, String path) {
        try (AtomicOutputStream out = storage.newOutputFile(path).create()) {
            out.write("x".getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> paths(Storage storage) {
        try (Stream<StoredObject> objects = storage.list("")) {
            return objects.map(StoredObject::path).toList();
        }
    }
}
