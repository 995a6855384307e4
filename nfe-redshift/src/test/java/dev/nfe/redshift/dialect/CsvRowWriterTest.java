package dev.nfe.redshift.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nfe.core.spi.Row;
import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvRowWriterTest {
    private static String csv(Row row) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvRowWriter writer = new CsvRowWriter(out);
        writer.write(row);
        writer.flush();
        return out.toString(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "plain|\"plain\"",
        "''|\"\"",
        "\"|\"\"\"\"",
        "a \"b\" c|\"a \"\"b\"\" c\"",
        "\"\"x\"|\"\"\"\"\"x\"\"\"",
        "ção, vírgula|\"ção, vírgula\"",
        "€ 1,00 — 𝄞|\"€ 1,00 — 𝄞\""})
    void write_text_isQuotedWithEveryQuoteDoubled(String text, String expected) throws IOException {
        assertThat(csv(Row.of(text))).isEqualTo(expected + "\n");
    }

    @Test
    void write_row_separatesValuesAndLeavesNullEmpty() throws IOException {
        assertThat(csv(Row.of("x", null, new BigDecimal("1E+3"), Instant.parse("2026-01-02T03:04:05.000006Z"),
                LocalDate.of(2026, 1, 2), 7, true)))
                .isEqualTo("\"x\",,1000,2026-01-02T03:04:05.000006Z,2026-01-02,7,true\n");
    }

    @ParameterizedTest
    @CsvSource({"0", "-1", "2147483647", "-2147483648", "9223372036854775807", "-9223372036854775808", "1000000"})
    void write_long_isItsDecimalDigits(long number) throws IOException {
        assertThat(csv(Row.of(number))).isEqualTo(number + "\n");
    }

    @Test
    void write_instants_isSpelledAsInstantToString() throws IOException {
        SplittableRandom random = new SplittableRandom(7);
        List<Instant> instants = new ArrayList<>(List.of(Instant.EPOCH, Instant.parse("0000-01-01T00:00:00Z"),
                Instant.parse("9999-12-31T23:59:59.999999999Z"), Instant.parse("-0001-12-31T23:59:59Z"),
                Instant.parse("+10000-01-01T00:00:00Z"), Instant.parse("2026-01-02T03:04:05.120Z")));
        for (int i = 0; i < 2_000; i++) {
            long second = random.nextLong(-62_000_000_000L, 253_000_000_000L);
            int nano = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1000;
                default -> random.nextInt(1_000_000_000);
            };
            instants.add(Instant.ofEpochSecond(second, nano));
        }
        for (Instant instant : instants) {
            assertThat(csv(Row.of(instant))).as("%s", instant).isEqualTo(instant + "\n");
        }
    }

    @Test
    void write_manyRows_spansTheBufferWithoutLosingBytes() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvRowWriter writer = new CsvRowWriter(out);
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 5_000; i++) {
            String text = "item ção \"" + i + "\" ".repeat(i % 7);
            writer.write(Row.of(text, (long) i, new BigDecimal(i).movePointLeft(2)));
            expected.append('"').append(text.replace("\"", "\"\"")).append("\",").append(i).append(',')
                    .append(new BigDecimal(i).movePointLeft(2).toPlainString()).append('\n');
        }
        writer.flush();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(expected.toString());
    }
}
