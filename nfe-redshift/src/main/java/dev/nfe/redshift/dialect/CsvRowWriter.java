package dev.nfe.redshift.dialect;

import dev.nfe.core.spi.Row;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Writes rows in PostgreSQL's CSV {@code COPY} format: SQL NULL is an unquoted empty field, text is always quoted (so
 * an empty string stays distinct from NULL), decimals in plain notation, timestamps as ISO-8601 instants in UTC.
 */
final class CsvRowWriter {
    private final Writer out;

    CsvRowWriter(Writer out) {
        this.out = out;
    }

    void write(Row row) throws IOException {
        for (int i = 0; i < row.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            writeValue(row.get(i));
        }
        out.write('\n');
    }

    private void writeValue(Object value) throws IOException {
        if (value == null) {
            return;
        }
        if (value instanceof String text) {
            out.write('"');
            writeQuotedContent(text);
            out.write('"');
        } else if (value instanceof BigDecimal decimal) {
            out.write(decimal.toPlainString());
        } else if (value instanceof Instant || value instanceof LocalDate || value instanceof Number
                || value instanceof Boolean) {
            out.write(value.toString());
        } else {
            throw new IllegalArgumentException("Cannot write a " + value.getClass().getName() + " to CSV");
        }
    }

    /** {@code text} with each quote doubled, in as few writes as it has quotes. */
    private void writeQuotedContent(String text) throws IOException {
        int from = 0;
        for (int quote = text.indexOf('"'); quote >= 0; quote = text.indexOf('"', from)) {
            out.write(text, from, quote + 1 - from);
            out.write('"');
            from = quote + 1;
        }
        out.write(text, from, text.length() - from);
    }
}
