package org.divide.examples.cli;

import java.io.Console;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code divide} command: measures divides between economies from the command line.
 *
 * <p>With no arguments it runs {@code report} on the embedded default dataset: it
 * writes {@value ReportCommand#DEFAULT_OUT} in the current directory and prints the summary. Exit codes:
 * {@value ExitCodes#OK} on success, {@value ExitCodes#USAGE} on bad usage,
 * {@value ExitCodes#BAD_INPUT} on bad input (with a one-line reason on standard error and no stack
 * trace unless {@code --debug} is given), {@value ExitCodes#INTERNAL} on an internal error.
 * {@code --verbose} logs the libraries' diagnostics to standard error (see {@link Verbosity}).
 */
@Command(name = "divide", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Measures divides between economies: the digital and AI divide, inequality, composite indices.%n"
                + "With no command, runs 'report' on the embedded default data.",
        subcommands = {ReportCommand.class, SummaryCommand.class, InequalityCommand.class, IndexCommand.class,
                ConvertCommand.class, UncertaintyCommand.class, DynamicsCommand.class, MobilityCommand.class,
                DeprivationCommand.class, RepresentationCommand.class, ProfileCommand.class, WhatIfCommand.class,
                PathCommand.class, HorizonCommand.class, FetchCommand.class, CommandLine.HelpCommand.class})
public final class DivideCommand implements Callable<Integer> {

    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "Print stack traces of errors.")
    boolean debug;

    @Option(names = Verbosity.OPTION, scope = CommandLine.ScopeType.INHERIT,
            description = "Log the libraries' diagnostics (skipped records, unknown economies, format decisions)"
                    + " to standard error.")
    boolean verbose;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        return ReportCommand.write(spec.commandLine().getOut(), spec.commandLine().getErr(),
                java.nio.file.Path.of(ReportCommand.DEFAULT_OUT), org.divide.examples.report.ReportData.DEFAULT_SEED);
    }

    /**
     * Runs the command.
     *
     * @param args the command-line arguments
     */
    public static void main(String[] args) {
        System.exit(run(args, writer(System.out, "stdout.encoding"), writer(System.err, "stderr.encoding")));
    }

    private static PrintWriter writer(PrintStream stream, String encodingProperty) {
        return new PrintWriter(new OutputStreamWriter(stream, charset(System.getProperty(encodingProperty),
                System.console())), true);
    }

    /**
     * The charset the command writes its text in, rather than the platform's default charset. The
     * property {@code stdout.encoding} / {@code stderr.encoding} (Java 19 and later) names the
     * charset of the stream itself; without it, on a terminal, the console's charset, which is
     * what the terminal displays; otherwise (a pipe or a file) UTF-8, what programs reading the
     * CSV, JSON and tables expect, and Java's default charset since Java 18 (JEP 400) whatever the
     * platform's locale.
     *
     * @param encoding the value of the stream's encoding property, or {@code null}
     * @param console  the console, or {@code null} when not on a terminal
     * @return the charset
     */
    static Charset charset(String encoding, Console console) {
        if (encoding != null) {
            try {
                if (Charset.isSupported(encoding)) {
                    return Charset.forName(encoding);
                }
            } catch (IllegalCharsetNameException e) {
                // an unusable name: fall through to the console or UTF-8
            }
        }
        return console != null ? console.charset() : StandardCharsets.UTF_8;
    }

    /**
     * Runs the command with the given output streams and returns the exit code instead of exiting.
     *
     * @param args the command-line arguments
     * @param out  standard output
     * @param err  standard error
     * @return the exit code
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        Verbosity.apply(args);
        DivideCommand root = new DivideCommand();
        CommandLine commandLine = new CommandLine(root);
        EconomyOption.install(commandLine.getSubcommands().get("profile"), ProfileCommand.ECONOMY_HELP);
        EconomyOption.install(commandLine.getSubcommands().get("whatif"), WhatIfCommand.ECONOMY_HELP);
        EconomyOption.install(commandLine.getSubcommands().get("path"), PathCommand.ECONOMY_HELP);
        EconomyOption.install(commandLine.getSubcommands().get("horizon"), HorizonCommand.ECONOMY_HELP, false);
        EconomyOption.install(commandLine.getSubcommands().get("report"), ReportCommand.ECONOMY_HELP, false);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler(new ErrorHandler(() -> root.debug));
        commandLine.setParameterExceptionHandler(new UsageErrorHandler());
        return commandLine.execute(args);
    }
}
