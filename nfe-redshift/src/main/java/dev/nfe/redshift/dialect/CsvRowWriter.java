package dev.nfe.redshift.dialect;

import dev.nfe.core.spi.Row;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Writes rows in PostgreSQL's CSV {@code COPY} format, UTF-8 encoded: SQL NULL is an unquoted empty field, text is
 * always quoted (so an empty string stays distinct from NULL), decimals in plain notation, timestamps as ISO-8601
 * instants in UTC (as {@link Instant#toString()} spells them). Values are encoded straight into a byte buffer, as
 * this runs once per value of every staged row. {@link #flush()} after the last row.
 */
final class CsvRowWriter {
    private static final int BUFFER_BYTES = 1 << 13;
    /** Room for the longest value written without a bounds check per byte: an instant or a number. */
    private static final int LONGEST_SCALAR = 40;
    private static final byte[] TRUE = {'t', 'r', 'u', 'e'};
    private static final byte[] FALSE = {'f', 'a', 'l', 's', 'e'};

    private final OutputStream out;
    private final byte[] buffer = new byte[BUFFER_BYTES];
    private int length;

    CsvRowWriter(OutputStream out) {
        this.out = out;
    }

    void write(Row row) throws IOException {
        for (int i = 0; i < row.size(); i++) {
            if (i > 0) {
                put((byte) ',');
            }
            writeValue(row.get(i));
        }
        put((byte) '\n');
    }

    /** Writes out what is buffered. */
    void flush() throws IOException {
        out.write(buffer, 0, length);
        length = 0;
        out.flush();
    }

    private void writeValue(Object value) throws IOException {
        if (value == null) {
            return;
        }
        if (value instanceof String text) {
            writeQuoted(text);
        } else if (value instanceof BigDecimal decimal) {
            writeAscii(decimal.toPlainString());
        } else if (value instanceof Integer number) {
            writeLong(number);
        } else if (value instanceof Long number) {
            writeLong(number);
        } else if (value instanceof Instant instant) {
            writeInstant(instant);
        } else if (value instanceof Boolean flag) {
            writeBytes(flag ? TRUE : FALSE);
        } else if (value instanceof LocalDate || value instanceof Number) {
            writeAscii(value.toString());
        } else {
            throw new IllegalArgumentException("Cannot write a " + value.getClass().getName() + " to CSV");
        }
    }

    /** {@code text} in quotes, each quote doubled, UTF-8 encoded. */
    private void writeQuoted(String text) throws IOException {
        put((byte) '"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                if (c == '"') {
                    put((byte) '"');
                }
                put((byte) c);
            } else if (c < 0x800) {
                reserve(2);
                buffer[length++] = (byte) (0xC0 | c >> 6);
                buffer[length++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                int code = Character.toCodePoint(c, text.charAt(++i));
                reserve(4);
                buffer[length++] = (byte) (0xF0 | code >> 18);
                buffer[length++] = (byte) (0x80 | code >> 12 & 0x3F);
                buffer[length++] = (byte) (0x80 | code >> 6 & 0x3F);
                buffer[length++] = (byte) (0x80 | code & 0x3F);
            } else if (Character.isSurrogate(c)) {
                // An unpaired surrogate has no UTF-8 form: '?', as the JDK's UTF-8 encoder writes for it.
                writeAscii("?");
            } else {
                reserve(3);
                buffer[length++] = (byte) (0xE0 | c >> 12);
                buffer[length++] = (byte) (0x80 | c >> 6 & 0x3F);
                buffer[length++] = (byte) (0x80 | c & 0x3F);
            }
        }
        put((byte) '"');
    }

    private void writeLong(long number) throws IOException {
        if (number == Long.MIN_VALUE) {
            writeAscii(Long.toString(number));
            return;
        }
        reserve(LONGEST_SCALAR);
        if (number < 0) {
            buffer[length++] = '-';
            number = -number;
        }
        int digits = 1;
        for (long rest = number / 10; rest > 0; rest /= 10) {
            digits++;
        }
        for (int i = length + digits - 1; i >= length; i--) {
            buffer[i] = (byte) ('0' + number % 10);
            number /= 10;
        }
        length += digits;
    }

    /** {@code instant} as {@link Instant#toString()} writes it, without its formatter for the years 0 to 9999. */
    private void writeInstant(Instant instant) throws IOException {
        LocalDateTime time = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(), ZoneOffset.UTC);
        if (time.getYear() < 0 || time.getYear() > 9999) {
            writeAscii(instant.toString());
            return;
        }
        reserve(LONGEST_SCALAR);
        digits(time.getYear(), 4);
        buffer[length++] = '-';
        digits(time.getMonthValue(), 2);
        buffer[length++] = '-';
        digits(time.getDayOfMonth(), 2);
        buffer[length++] = 'T';
        digits(time.getHour(), 2);
        buffer[length++] = ':';
        digits(time.getMinute(), 2);
        buffer[length++] = ':';
        digits(time.getSecond(), 2);
        int nano = instant.getNano();
        if (nano > 0) {
            buffer[length++] = '.';
            if (nano % 1_000_000 == 0) {
                digits(nano / 1_000_000, 3);
            } else if (nano % 1000 == 0) {
                digits(nano / 1000, 6);
            } else {
                digits(nano, 9);
            }
        }
        buffer[length++] = 'Z';
    }

    /** {@code value} in exactly {@code count} digits, zero-padded; the caller has reserved the room. */
    private void digits(int value, int count) {
        for (int i = length + count - 1; i >= length; i--) {
            buffer[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
        length += count;
    }

    private void writeAscii(String text) throws IOException {
        for (int i = 0; i < text.length(); i++) {
            put((byte) text.charAt(i));
        }
    }

    private void writeBytes(byte[] bytes) throws IOException {
        reserve(bytes.length);
        System.arraycopy(bytes, 0, buffer, length, bytes.length);
        length += bytes.length;
    }

    private void put(byte b) throws IOException {
        if (length == buffer.length) {
            drain();
        }
        buffer[length++] = b;
    }

    private void reserve(int bytes) throws IOException {
        if (length + bytes > buffer.length) {
            drain();
        }
    }

    private void drain() throws IOException {
        out.write(buffer, 0, length);
        length = 0;
    }
}
