package dev.nfe.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigDefTest {

    @Test
    void withDefault_whenDefaultBreaksBound_failsAtDeclaration() {
        assertThatThrownBy(() -> ConfigKey.integer("maxAttempts").withDefault(0).atLeast(1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Cannot declare key maxAttempts: default 0 must be ≥ 1");
    }

    @Test
    void withDefault_whenDefaultIsNoDuration_failsAtDeclaration() {
        assertThatThrownBy(() -> ConfigKey.duration("backoff").withDefault("soon"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Cannot declare key backoff: default soon must be a duration");
    }

    @Test
    void withDefault_durationText_bindsDefaultAsDuration() {
        ConfigKey key = ConfigKey.duration("backoff").withDefault("500ms");

        assertThat(key.defaultValue()).contains(Duration.ofMillis(500));
        assertThat(key.declaredDefault()).contains("500ms");
    }

    @Test
    void required_whenKeyHasDefault_failsAtDeclaration() {
        assertThatThrownBy(() -> ConfigKey.string("url").withDefault("x").required())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Cannot declare key url: a required key has no default");
    }

    @Test
    void atLeast_onStringKey_failsAtDeclaration() {
        assertThatThrownBy(() -> ConfigKey.string("url").atLeast(1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Cannot declare key url: atLeast applies to int, long, size and decimal keys");
    }

    @Test
    void positive_onStringKey_failsAtDeclaration() {
        assertThatThrownBy(() -> ConfigKey.string("url").positive())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Cannot declare key url: positive applies to int, long, size, decimal and duration keys");
    }

    @Test
    void withDefault_whenDefaultIsNotPositive_failsAtDeclaration() {
        assertThatThrownBy(() -> ConfigKey.duration("backoff").positive().withDefault("0s"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Cannot declare key backoff: default 0s must be positive");
    }

    @Test
    void of_whenNameDeclaredTwice_fails() {
        assertThatThrownBy(() -> ConfigDef.of(ConfigKey.string("url"), ConfigKey.url("url")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Cannot declare key url: declared twice");
    }

    @Test
    void string_whenNameIsNoIdentifier_fails() {
        assertThatThrownBy(() -> ConfigKey.string("max-attempts"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Cannot declare key 'max-attempts'");
    }

    @Test
    void sensitivePaths_nestedSensitiveKey_isDotted() {
        ConfigDef def = ConfigDef.of(
                ConfigKey.string("password").sensitive(),
                ConfigKey.section("auth", ConfigDef.of(ConfigKey.string("value").sensitive(), ConfigKey.string("h"))));

        assertThat(def.sensitivePaths()).containsExactlyInAnyOrder("password", "auth.value");
    }

    @Test
    void describe_showsTypeAndConstraints() {
        assertThat(ConfigKey.integer("n").atLeast(1).atMost(9).describe()).isEqualTo("int between 1 and 9");
        assertThat(ConfigKey.longInteger("n").atLeast(0).describe()).isEqualTo("long ≥ 0");
        assertThat(ConfigKey.oneOf("style", "cursor", "page").describe()).isEqualTo("one of cursor, page");
        assertThat(ConfigKey.string("name").matching("[a-z]+").describe()).isEqualTo("string matching [a-z]+");
        assertThat(ConfigKey.duration("t").positive().describe()).isEqualTo("positive duration");
        assertThat(ConfigKey.decimal("r").positive().atMost(10_000).describe()).isEqualTo("positive decimal ≤ 10000");
        assertThat(ConfigKey.size("z").atLeast(1).describe()).isEqualTo("size ≥ 1");
    }

    @Test
    void undeclared_acceptsAnyKey() {
        ConfigSection section = new ConfigSection("extract", Map.of("anything", 1));

        assertThat(section.bind(ConfigDef.undeclared()).path()).isEqualTo("extract");
        assertThat(ConfigDef.undeclared().isDeclared()).isFalse();
    }
}
