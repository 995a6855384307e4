package dev.nfe.core.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code nfe check} with nfe-core's own plugins. */
class CheckCommandTest {

    @TempDir
    Path directory;

    private final StringWriter out = new StringWriter();

    private int check(String yaml, String... options) throws IOException {
        Path file = directory.resolve("pipeline.yaml");
        Files.writeString(file, yaml);
        CommandLine command = NfeCommand.commandLine();
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(new StringWriter(), true));
        String[] args = new String[options.length + 3];
        args[0] = "check";
        args[1] = "--config";
        args[2] = file.toString();
        System.arraycopy(options, 0, args, 3, options.length);
        return command.execute(args);
    }

    @Test
    void check_validConfiguration_printsOkAndExits0() throws IOException {
        int exitCode = check("""
                pipeline: daily
                storage: { type: local, root: %s }
                extract: { type: folder, path: %s }
                transform: { deserializer: nfe-xml }
                """.formatted(directory.resolve("lake"), directory.resolve("landing")));

        assertThat(exitCode).isZero();
        assertThat(out.toString()).contains("ok ").contains("pipeline daily is valid");
    }

    @Test
    void check_severalProblems_reportsEveryOneWithItsKeyPathAndExits2() throws IOException {
        int exitCode = check("""
                pipeline: Daily Run
                storage: { type: local }
                extract: { type: folder, path: ./in, pageSizee: 10 }
                transform: { deserializer: nfe-xlm }
                notify: { type: log, level: loud }
                """);

        assertThat(exitCode).isEqualTo(2);
        assertThat(out.toString())
                .contains("5 problems")
                .contains("  pipeline: ")
                .contains("  storage.root: required key is missing")
                .contains("  extract.pageSizee: ")
                .contains("  transform.deserializer.type: ")
                .contains("  notify.level: ");
    }

    @Test
    void check_offline_leavesSecretsUnreadEvenWhenTheProviderCannotServeThem() throws IOException {
        String yaml = """
                pipeline: daily
                secrets: { type: file, path: %s }
                storage: { type: local, root: %s }
                extract: { type: http, url: "https://api.example.com/nfe", auth: { header: Authorization, value: "Bearer ${secret:token}" } }
                transform: { deserializer: nfe-xml }
                """.formatted(directory.resolve("absent.json"), directory.resolve("lake"));

        int offline = check(yaml);
        String offlineOut = out.toString();
        out.getBuffer().setLength(0);
        int online = check(yaml, "--online");

        assertThat(offline).as(offlineOut).isZero();
        assertThat(online).isEqualTo(1);
        assertThat(out.toString()).contains("FAIL  secrets (file): ");
    }
}
