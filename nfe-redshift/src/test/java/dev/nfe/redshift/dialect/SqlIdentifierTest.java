package dev.nfe.redshift.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nfe.core.spi.ConfigException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Only plain names become SQL identifiers, always quoted. */
class SqlIdentifierTest {

    @ParameterizedTest
    @ValueSource(strings = {"sales", "_x", "Sales_By_Item2", "a23456789012345678901234567890123456789012345678901234567890123"})
    void of_plainName_isQuoted(String name) {
        assertThat(SqlIdentifier.of(name).quoted()).isEqualTo('"' + name + '"');
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1abc", "a b", "a\"b", "a;b", "a-b", "sales.item", "a234567890123456789012345678901234567890123456789012345678901234"})
    void of_anythingElse_isRejected(String name) {
        assertThatThrownBy(() -> SqlIdentifier.of(name))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("Invalid SQL identifier");
    }
}
