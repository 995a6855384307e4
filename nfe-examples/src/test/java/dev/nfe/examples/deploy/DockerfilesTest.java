package dev.nfe.examples.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Dockerfiles cannot be built here (no Docker), so this checks what can go wrong without building them: each file
 * they copy is one the build checks to exist after {@code mvn package} (the {@code requireFilesExist} rule of this
 * module's pom), and each base image is the one documented.
 */
class DockerfilesTest {
    private static final Path MODULE = Path.of("").toAbsolutePath();
    private static final Pattern COPY = Pattern.compile("^COPY\\s+(?:--\\S+\\s+)*(\\S+)\\s+\\S+$", Pattern.MULTILINE);
    private static final Pattern CHECKED = Pattern.compile(
            "<file>\\$\\{project\\.(?:build\\.directory|basedir)}/([^<]+)</file>");

    private static List<String> copied(String dockerfile) throws IOException {
        Matcher copy = COPY.matcher(Files.readString(MODULE.resolve(dockerfile)));
        return copy.results().map(match -> match.group(1)).toList();
    }

    private static List<String> checkedByTheBuild() throws IOException {
        String pom = Files.readString(MODULE.resolve("pom.xml"));
        int rule = pom.indexOf("<requireFilesExist>");
        String files = pom.substring(rule, pom.indexOf("</requireFilesExist>", rule));
        Matcher file = CHECKED.matcher(files);
        return file.results()
                .map(match -> match.group(0).contains("build.directory") ? "target/" + match.group(1) : match.group(1))
                .toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"docker/cli/Dockerfile", "docker/lambda/Dockerfile"})
    void copy_sources_areFilesTheBuildChecksAfterPackage(String dockerfile) throws IOException {
        assertThat(copied(dockerfile)).isNotEmpty().isSubsetOf(checkedByTheBuild());
    }

    @ParameterizedTest
    @ValueSource(strings = {"docker/cli/Dockerfile", "docker/lambda/Dockerfile"})
    void copy_sourcesInTheRepository_exist(String dockerfile) throws IOException {
        assertThat(copied(dockerfile).stream().filter(source -> source.startsWith("src/")))
                .allSatisfy(source -> assertThat(MODULE.resolve(source)).isRegularFile());
    }

    @ParameterizedTest
    @ValueSource(strings = {"docker/cli/Dockerfile:FROM eclipse-temurin:17-jre",
        "docker/lambda/Dockerfile:FROM public.ecr.aws/lambda/java:17"})
    void from_isTheDocumentedBaseImage(String expectation) throws IOException {
        String[] parts = expectation.split(":", 2);
        assertThat(Files.readAllLines(MODULE.resolve(parts[0]))).contains(parts[1]);
    }

    /** The CLI image runs the launcher as its entry point; COPY keeps the file's mode. */
    @Test
    void launcher_isExecutable() {
        assertThat(MODULE.resolve("src/dist/bin/nfe")).isExecutable();
    }
}
