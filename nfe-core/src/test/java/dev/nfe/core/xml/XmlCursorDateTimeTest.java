package dev.nfe.core.xml;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The usual timestamp form read without the ISO parser: the same value wherever it reads one. */
class XmlCursorDateTimeTest {

    @ParameterizedTest
    @ValueSource(strings = {"2026-01-02T10:15:30-03:00", "2024-02-29T23:59:59+00:00", "0001-12-31T00:00:00-00:00",
            "2026-06-30T12:00:00+05:45", "2026-06-30T12:00:00+18:00", "2026-06-30T12:00:00-18:00"})
    void usualDateTime_ofTheUsualForm_equalsTheIsoParser(String text) {
        assertThat(XmlCursor.usualDateTime(text)).isEqualTo(OffsetDateTime.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-02-29T10:00:00-03:00", "2026-02-30T10:00:00-03:00", "2026-13-01T10:00:00-03:00",
            "2026-01-02T24:00:00-03:00", "2026-01-02T23:60:00-03:00", "2026-01-02T23:59:60-03:00",
            "2026-01-02T10:00:00+18:01", "2026-01-02T10:00:00-03:60", "2026-01-02T10:00:00*03:00",
            "2026-01-02 10:00:00-03:00", "2026-01-02T10:00:00.5-03:00", "2026-01-02T10:00:00Z",
            "2026-01-02T10:00-03:00", "2026-01-02T10:00:00-0300", "2026-01-02T10:00:00", "２026-01-02T10:00:00-03:00",
            "-026-01-02T10:00:00-03:00", ""})
    void usualDateTime_ofAnyOtherText_leavesItToTheIsoParser(String text) {
        assertThat(XmlCursor.usualDateTime(text)).isNull();
    }

    @Test
    void usualDateTime_ofRandomTextsOfTheUsualShape_neverDisagreesWithTheIsoParser() {
        Random random = new Random(20260102);
        char[] alphabet = "0123456789-+:T".toCharArray();
        List<String> read = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            char[] text = "2026-01-02T10:15:30-03:00".toCharArray();
            for (int changes = random.nextInt(3); changes >= 0; changes--) {
                text[random.nextInt(text.length)] = alphabet[random.nextInt(alphabet.length)];
            }
            String candidate = new String(text);
            OffsetDateTime usual = XmlCursor.usualDateTime(candidate);
            Optional<OffsetDateTime> iso = iso(candidate);
            if (usual != null) {
                assertThat(iso).as(candidate).contains(usual);
                read.add(candidate);
            } else if (iso.isPresent()) {
                assertThat(candidate).as("a valid timestamp of the usual form").doesNotMatch(
                        "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}[+-]\\d{2}:\\d{2}");
            }
        }
        assertThat(read).hasSizeGreaterThan(1_000);
    }

    private static Optional<OffsetDateTime> iso(String text) {
        try {
            return Optional.of(OffsetDateTime.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
