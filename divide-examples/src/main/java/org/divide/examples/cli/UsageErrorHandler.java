package org.divide.examples.cli;

import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;

/**
 * Reports bad usage (an unknown option, a missing or malformed argument) as one line on standard
 * error — the reason, then where to find help — and returns {@link ExitCodes#USAGE}, instead of
 * picocli's full usage text. Close matches for a mistyped option follow on a second line when
 * picocli finds any.
 */
final class UsageErrorHandler implements IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        String name = command.getCommandSpec().qualifiedName();
        command.getErr().println("divide: " + e.getMessage() + " (see '" + name + " --help')");
        CommandLine.UnmatchedArgumentException.printSuggestions(e, command.getErr());
        command.getErr().flush();
        return ExitCodes.USAGE;
    }
}
