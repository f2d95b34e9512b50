package org.divide.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.BooleanSupplier;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns an exception thrown by a subcommand into a one-line message on standard error and an exit
 * code: {@link ExitCodes#BAD_INPUT} for bad input ({@link IllegalArgumentException},
 * {@link IOException}, {@link UncheckedIOException}), {@link ExitCodes#INTERNAL} for anything else.
 * The stack trace is printed only in debug mode.
 */
final class ErrorHandler implements IExecutionExceptionHandler {

    private final BooleanSupplier debug;

    ErrorHandler(BooleanSupplier debug) {
        this.debug = debug;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        boolean badInput = e instanceof IllegalArgumentException || e instanceof IOException
                || e instanceof UncheckedIOException;
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        commandLine.getErr().println("divide: " + (badInput ? "" : "internal error: ") + firstLine(reason));
        if (debug.getAsBoolean()) {
            e.printStackTrace(commandLine.getErr());
        } else if (!badInput) {
            commandLine.getErr().println("divide: run again with --debug for details");
        }
        commandLine.getErr().flush();
        return badInput ? ExitCodes.BAD_INPUT : ExitCodes.INTERNAL;
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
