package dev.nfe.core.silver;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Keeps {@code nfe-core/SCHEMA.md} equal to what the table definitions render. */
class SchemaReferenceTest {

    private static final Path SCHEMA = Path.of("SCHEMA.md");
    private static final String REGENERATE = "mvn -B -ntp verify -pl nfe-core -Dtest=SchemaReferenceTest "
            + "-Dsurefire.failIfNoSpecifiedTests=false -Dnfe.regenerate=true";

    @Test
    void schemaMd_matchesTheTableDefinitions() throws IOException {
        String rendered = SchemaReference.render();
        if (Boolean.getBoolean("nfe.regenerate")) {
            Files.writeString(SCHEMA, rendered, StandardCharsets.UTF_8);
        }
        assertThat(SCHEMA).as("nfe-core/SCHEMA.md is missing; create it with: %s", REGENERATE).exists();
        assertThat(Files.readString(SCHEMA, StandardCharsets.UTF_8))
                .as("nfe-core/SCHEMA.md differs from the table definitions; regenerate it with: %s", REGENERATE)
                .isEqualTo(rendered);
    }
}
