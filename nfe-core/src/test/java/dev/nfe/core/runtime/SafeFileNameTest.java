package dev.nfe.core.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SafeFileNameTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "35230121684155000164550010000022891075229964-0123456789abcdef, "
                    + "35230121684155000164550010000022891075229964-0123456789abcdef",
            "ID110111352301216841550001645500100000228910752299640, ID110111352301216841550001645500100000228910752299640",
            "page-1#2, page-1_2"
    })
    void of_safeId_isKeptAsItsName(String id, String expected) {
        assertThat(SafeFileName.of(id)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"abc., xabc_-", "'../a/b#2', x___a_b_2-", ".hidden, x_hidden-"})
    void of_unsafeId_isReplacedAndHashed(String id, String prefix) {
        assertThat(SafeFileName.of(id)).startsWith(prefix).matches(".*-[0-9a-f]{32}").hasSize(prefix.length() + 32);
    }

    @Test
    void of_hostileIds_giveShortNamesWithoutSeparators() {
        for (String id : List.of("../../etc/passwd", "a/b", "..", ".hidden", "x".repeat(10_000), "a\u0000b", "ç", "")) {
            assertThat(SafeFileName.of(id)).as(id.length() > 40 ? id.substring(0, 40) : id)
                    .matches("[A-Za-z0-9][A-Za-z0-9_-]*").hasSizeLessThanOrEqualTo(130).doesNotContain("..");
        }
    }

    @Test
    void of_idsThatLookAlike_neverShareAName() {
        List<String> ids = List.of("a_1", "a#1", "a-1", "a.1", "xa_1", "x".repeat(96), "x".repeat(97), "x".repeat(98),
                "a/1", "a?1", "A#1", "a#01", "page-1#2", "page-1_2", SafeFileName.of("a/1"), SafeFileName.of("a#1"),
                SafeFileName.of("x".repeat(97)));
        Set<String> names = new HashSet<>();
        for (String id : ids) {
            names.add(SafeFileName.of(id));
        }
        assertThat(names).hasSameSizeAs(Set.copyOf(ids));
    }
}
