package dev.nfe.examples;

import dev.nfe.core.cli.NfeCommand;
import picocli.CommandLine;

/**
 * The main class of {@code nfe-demo.jar}: the {@code nfe} command with the {@code demo} subcommand added, so the same
 * jar runs the demo ({@code java -jar nfe-demo.jar demo}) and any pipeline ({@code java -jar nfe-demo.jar run -c …}).
 */
public final class NfeDemo {

    private NfeDemo() {
    }

    /** Runs {@code nfe} with the demo and exits with its exit code. */
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The {@code nfe} command line with the {@code demo} subcommand. */
    static CommandLine commandLine() {
        CommandLine commandLine = NfeCommand.commandLine();
        commandLine.addSubcommand("demo", new DemoCommand());
        // settings apply to the subcommands present when set, so set them again for demo
        return commandLine.setExitCodeExceptionMapper(commandLine.getExitCodeExceptionMapper())
                .setExecutionExceptionHandler(commandLine.getExecutionExceptionHandler());
    }
}
