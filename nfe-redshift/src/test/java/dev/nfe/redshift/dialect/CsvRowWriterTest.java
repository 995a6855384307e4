package dev.nfe.redshift.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nfe.core.spi.Row;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvRowWriterTest {
    private static String csv(Row row) throws IOException {
        StringWriter out = new StringWriter();
        new CsvRowWriter(out).write(row);
        return out.toString();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "plain|\"plain\"",
        "''|\"\"",
        "\"|\"\"\"\"",
        "a \"b\" c|\"a \"\"b\"\" c\"",
        "\"\"x\"|\"\"\"\"\"x\"\"\"",
        "ção, vírgula|\"ção, vírgula\""})
    void write_text_isQuotedWithEveryQuoteDoubled(String text, String expected) throws IOException {
        assertThat(csv(Row.of(text))).isEqualTo(expected + "\n");
    }

    @Test
    void write_row_separatesValuesAndLeavesNullEmpty() throws IOException {
        assertThat(csv(Row.of("x", null, new BigDecimal("1E+3"), Instant.parse("2026-01-02T03:04:05.000006Z"),
                LocalDate.of(2026, 1, 2), 7, true)))
                .isEqualTo("\"x\",,1000,2026-01-02T03:04:05.000006Z,2026-01-02,7,true\n");
    }
}
