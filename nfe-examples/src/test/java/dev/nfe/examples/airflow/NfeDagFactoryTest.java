package dev.nfe.examples.airflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Airflow DAG factory (nfe-examples/airflow/nfe_dag_factory.py): it compiles, and its DAGs have the expected
 * shape, checked by a Python test against a stand-in Airflow package (src/test/resources/airflow/fake). Skipped when
 * {@code python3} or PyYAML is not installed.
 */
class NfeDagFactoryTest {
    private static final Path MODULE = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();
    private static final Path FACTORY = MODULE.resolve("airflow/nfe_dag_factory.py");
    private static final Path TESTS = MODULE.resolve("src/test/resources/airflow");
    private static final Path CACHE = MODULE.resolve("target/pycache");

    record Result(int exitCode, String output) {
    }

    private static Result python(List<String> args, Map<String, String> environment)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(args).redirectErrorStream(true);
        builder.environment().put("PYTHONPYCACHEPREFIX", CACHE.toString());
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), output);
    }

    @BeforeAll
    static void requirePython() throws InterruptedException {
        Result yaml;
        try {
            yaml = python(List.of("python3", "-c", "import yaml"), Map.of());
        } catch (IOException e) {
            yaml = null;
        }
        assumeTrue(yaml != null, "python3 is not installed");
        assumeTrue(yaml.exitCode() == 0, "PyYAML is not installed for python3");
    }

    @Test
    void pyCompile_factory_compiles() throws Exception {
        Result result = python(List.of("python3", "-m", "py_compile", FACTORY.toString()), Map.of());

        assertThat(result.exitCode()).as(result.output()).isZero();
    }

    @Test
    void pythonTests_withStandInAirflow_checkTheShapeOfEveryDag() throws Exception {
        Result result = python(List.of("python3", "-m", "unittest", "discover", "-s", TESTS.toString(),
                        "-p", "test_*.py", "-v"),
                Map.of("PYTHONPATH", TESTS.resolve("fake") + java.io.File.pathSeparator + FACTORY.getParent(),
                        "NFE_EXAMPLE_PIPELINES", MODULE.resolve("airflow/pipelines").toString()));

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains("OK").doesNotContain("skipped");
    }
}
