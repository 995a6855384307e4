package dev.nfe.core.cli;

import dev.nfe.core.spi.ConfigException;
import picocli.CommandLine.IExitCodeExceptionMapper;
import picocli.CommandLine.ParameterException;

/**
 * Maps what a command threw to the process exit code: 2 for bad arguments or configuration, 1 for any other failure.
 */
final class ExitCodes implements IExitCodeExceptionMapper {
    /** The command did what it was asked. */
    static final int OK = 0;
    /** The command failed; its error output says why. */
    static final int FAILURE = 1;
    /** Bad arguments, configuration or payload: fix them, retrying will not help. */
    static final int CONFIGURATION = 2;
    /** The run finished but quarantined documents, and was asked to signal that. */
    static final int QUARANTINED = 3;

    @Override
    public int getExitCode(Throwable exception) {
        return exception instanceof ConfigException || exception instanceof ParameterException
                ? CONFIGURATION : FAILURE;
    }
}
