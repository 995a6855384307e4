package dev.nfe.core.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class XmlLimitsTest {

    @Test
    void defaults_areTheDocumentedLimits() {
        assertThat(XmlLimits.defaults()).isEqualTo(new XmlLimits(20L * 1024 * 1024, 64, 32, 100, 20L * 1024 * 1024));
    }

    @Test
    void new_withNonPositiveDepth_throwsNamingIt() {
        assertThatThrownBy(() -> new XmlLimits(1, 0, 1, 1, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxDepth");
    }
}
