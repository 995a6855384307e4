package dev.nfe.redshift.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares generated text with a file under {@code src/test/resources/golden/}. Run with
 * {@code -Dnfe.golden.update=true} to rewrite the files after an intended change, then review the diff.
 */
public final class GoldenFile {
    private static final Path SOURCE = Path.of("src/test/resources/golden");

    private GoldenFile() {
    }

    public static void assertMatches(String name, String actual) throws IOException {
        if (Boolean.getBoolean("nfe.golden.update")) {
            Files.createDirectories(SOURCE);
            Files.writeString(SOURCE.resolve(name), actual, StandardCharsets.UTF_8);
            return;
        }
        try (InputStream in = GoldenFile.class.getResourceAsStream("/golden/" + name)) {
            assertThat(in).as("golden file %s (create it with -Dnfe.golden.update=true)", name).isNotNull();
            assertThat(actual).isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
