package dev.nfe.redshift.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nfe.core.spi.Row;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CsvChunksTest {
    private static final int CHUNK_BYTES = 1024;

    @Test
    void next_untilEmpty_givesEveryRowInOrderAndClosesTheRows() throws IOException {
        AtomicBoolean closed = new AtomicBoolean();
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        int chunks = 0;
        try (CsvChunks copy = CsvChunks.start(() -> rows(10_000).onClose(() -> closed.set(true)), CHUNK_BYTES, "test")) {
            for (Optional<CsvChunks.Chunk> chunk = copy.next(); chunk.isPresent(); chunk = copy.next()) {
                assertThat(chunk.get().length()).isBetween(1, CHUNK_BYTES);
                received.write(chunk.get().bytes(), 0, chunk.get().length());
                chunks++;
            }
            assertThat(copy.next()).isEmpty();
        }
        StringBuilder expected = new StringBuilder();
        IntStream.range(0, 10_000).forEach(i -> expected.append("\"document ").append(i).append("\",").append(i).append('\n'));
        assertThat(received.toString(StandardCharsets.UTF_8)).isEqualTo(expected.toString());
        assertThat(chunks).isGreaterThan(100);
        assertThat(closed).isTrue();
    }

    @Test
    void next_afterTheRowsFail_throwsTheirErrorAndClosesThem() {
        AtomicBoolean closed = new AtomicBoolean();
        Stream<Row> failing = Stream.concat(rows(5_000), Stream.<Row>generate(() -> {
            throw new UncheckedIOException(new IOException("silver file is truncated"));
        })).onClose(() -> closed.set(true));

        assertThatThrownBy(() -> {
            try (CsvChunks copy = CsvChunks.start(() -> failing, CHUNK_BYTES, "test")) {
                while (copy.next().isPresent()) {
                    // the rows before the failure arrive first
                }
            }
        }).isInstanceOf(IOException.class).hasMessage("silver file is truncated");
        assertThat(closed).isTrue();
    }

    @Test
    void close_beforeTheEnd_stopsTheEncoderAndClosesTheRows() throws IOException {
        AtomicBoolean closed = new AtomicBoolean();
        CsvChunks copy = CsvChunks.start(() -> Stream.iterate(0, i -> i + 1).map(i -> Row.of("endless", i))
                .onClose(() -> closed.set(true)), CHUNK_BYTES, "test");
        assertThat(copy.next()).isPresent();

        copy.close();

        assertThat(closed).isTrue();
    }

    private static Stream<Row> rows(int count) {
        return IntStream.range(0, count).mapToObj(i -> Row.of("document " + i, i));
    }
}
