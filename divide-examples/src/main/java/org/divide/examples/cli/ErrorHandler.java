package org.divide.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.function.BooleanSupplier;

import org.divide.io.ErrorText;
import org.divide.io.MalformedDataException;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns an exception thrown by a subcommand into one line on standard error and an exit code:
 * {@link ExitCodes#BAD_INPUT} for bad input ({@link IllegalArgumentException},
 * {@link IOException}, {@link UncheckedIOException}, or any exception caused by a
 * {@link MalformedDataException}), {@link ExitCodes#INTERNAL} for anything else.
 *
 * <p>The line follows the error grammar of {@code docs/errors.md}: a {@link MalformedDataException}
 * found anywhere in the chain of causes is shown as it is (location, value, rule); other messages
 * are stripped of third-party class and method names ({@link ErrorText#scrub(String, int)}); the
 * line is at most {@value #MAX_LINE} characters. The stack trace is printed only in debug mode.
 */
final class ErrorHandler implements IExecutionExceptionHandler {

    /** The most characters of the message after {@code "divide: "}. */
    static final int MAX_LINE = 300;

    /** The most characters of a failed fetch's line, which starts with the provider's URL. */
    static final int MAX_FETCH_LINE = 600;

    /** How the library says that an input's size limit is raised, which the command says its own way. */
    private static final String LIBRARY_SIZE_HINT = "limit ReadLimits.maxFileBytes; raise it with ReadOptions.withLimits";

    private final BooleanSupplier debug;

    ErrorHandler(BooleanSupplier debug) {
        this.debug = debug;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        MalformedDataException malformed = malformed(e);
        boolean badInput = malformed != null || e instanceof IllegalArgumentException || e instanceof IOException
                || e instanceof UncheckedIOException;
        commandLine.getErr().println("divide: " + (badInput ? "" : "internal error: ") + line(e, malformed));
        if (debug.getAsBoolean()) {
            e.printStackTrace(commandLine.getErr());
        } else if (!badInput) {
            commandLine.getErr().println("divide: run again with --debug for details");
        }
        commandLine.getErr().flush();
        return badInput ? ExitCodes.BAD_INPUT : ExitCodes.INTERNAL;
    }

    /**
     * The one line describing an exception (without the {@code "divide: "} prefix).
     *
     * @param e         the exception
     * @param malformed the malformed-data exception in its chain, or {@code null}
     * @return the line, at most {@value #MAX_LINE} characters
     */
    static String line(Throwable e, MalformedDataException malformed) {
        if (malformed != null) {
            return ErrorText.clip(malformed.getMessage().replace(LIBRARY_SIZE_HINT, "raise it with --max-input-size"),
                    MAX_LINE);
        }
        Throwable shown = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
        if (shown instanceof FetchFailure) {
            return ErrorText.clip(shown.getMessage(), MAX_FETCH_LINE);
        }
        if (shown instanceof NoSuchFileException n && n.getReason() == null) {
            return ErrorText.clip(n.getFile() + ": no such file", MAX_LINE);
        }
        if (shown instanceof CharacterCodingException) {
            return "bytes that are not valid text in the expected encoding (UTF-8 unless the format says"
                    + " otherwise; save the file as UTF-8)";
        }
        if (shown instanceof AccessDeniedException a && a.getReason() == null) {
            return ErrorText.clip(a.getFile() + ": permission denied", MAX_LINE);
        }
        String text = ErrorText.scrub(shown.getMessage(), MAX_LINE);
        return text.isEmpty() ? describe(shown) : text;
    }

    /** A description of an exception without a message: JDK and divide names only. */
    private static String describe(Throwable e) {
        String name = e.getClass().getName();
        boolean ours = name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("org.divide.");
        return ours ? e.getClass().getSimpleName() : "an unexpected error in a library";
    }

    /** The first {@link MalformedDataException} in an exception's chain of causes, if any. */
    private static MalformedDataException malformed(Throwable e) {
        int depth = 0;
        for (Throwable t = e; t != null && depth < 20; t = t.getCause(), depth++) {
            if (t instanceof MalformedDataException m) {
                return m;
            }
        }
        return null;
    }
}
