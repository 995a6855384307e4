package dev.nfe.core.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The root {@code nfe} command. {@link #commandLine()} builds it with its exit codes and error handling, so that a host
 * (the demo, a test) can add subcommands or capture the output before executing it.
 */
@Command(name = "nfe",
        mixinStandardHelpOptions = true,
        versionProvider = NfeVersion.class,
        description = "Turns NF-e and NFC-e documents into a bronze, silver and gold lake.",
        subcommands = {RunCommand.class, CleanCommand.class, TablesCommand.class, ReadCommand.class, MaintainCommand.class, CheckCommand.class, ValidateCommand.class, SchemaCommand.class, GenerateCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:failure",
            "2:invalid arguments or configuration",
            "3:finished with quarantined documents (with --fail-on-quarantine)"})
public final class NfeCommand implements Runnable {
    @Spec
    private CommandSpec spec;

    private final KnownSecrets secrets = new KnownSecrets();

    /** Runs {@code nfe} with {@code args} and exits with its exit code. */
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The {@code nfe} command line, ready to execute. */
    public static CommandLine commandLine() {
        NfeCommand root = new NfeCommand();
        return new CommandLine(root)
                .setExitCodeExceptionMapper(new ExitCodes())
                .setExecutionExceptionHandler(new FailureReport(root.secrets));
    }

    /** The secret values of the configuration a subcommand loaded, hidden in failure reports. */
    KnownSecrets secrets() {
        return secrets;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: run, check, validate, schema or generate");
    }
}
