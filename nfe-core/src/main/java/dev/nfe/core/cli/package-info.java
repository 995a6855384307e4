/**
 * The {@code nfe} command line (picocli): {@code run} a pipeline's stages from its configuration, {@code validate}
 * documents, print the silver {@code schema}, {@code generate} synthetic documents. One class per subcommand; output
 * goes through the command line's writers so that tests capture it, exit codes come from {@link
 * dev.nfe.core.cli.ExitCodes}, and only {@link dev.nfe.core.cli.NfeCommand#main} calls {@code System.exit}. No
 * pipeline logic lives here: commands translate arguments into calls of the runtime and print what comes back.
 */
package dev.nfe.core.cli;
