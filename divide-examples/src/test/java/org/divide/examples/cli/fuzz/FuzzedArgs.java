package org.divide.examples.cli.fuzz;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns fuzzed bytes into the arguments of a {@code divide} command line that is safe to run in a
 * test: one argument per line of the bytes (as UTF-8), confined to a working folder and bounded in
 * run time. What it changes, and why:
 *
 * <ul>
 *   <li>every file name goes into the working folder: an argument with a path separator or a file
 *       extension, the value of an option that names a file ({@code --data}, {@code --out}, ...), and
 *       the bare arguments of {@code convert} (its input and output) become
 *       {@code folder/<name>}, the name reduced to letters, digits, {@code .}, {@code _} and
 *       {@code -}; so no run reads a device or writes outside the folder;</li>
 *   <li>{@code -} (standard input) becomes a missing file, and picocli's {@code @file} expansion is
 *       disarmed (the {@code @} dropped);</li>
 *   <li>{@code --debug} is dropped: it is documented to print stack traces;</li>
 *   <li>{@code report}, which writes an HTML report of the embedded data, becomes {@code summary},
 *       and a command line naming no subcommand (which would run the report) gets {@code summary}
 *       in front;</li>
 *   <li>{@code --runs} and {@code --bootstrap} are capped at {@value #MAX_RUNS}: a long computation
 *       asked for is not a hang.</li>
 * </ul>
 */
final class FuzzedArgs {

    /** The most replications a fuzzed command line may ask for. */
    static final int MAX_RUNS = 50;

    private static final Set<String> SUBCOMMANDS = Set.of("summary", "inequality", "index", "uncertainty",
            "dynamics", "convert");
    private static final Set<String> STANDALONE = Set.of("-h", "--help", "-V", "--version");
    private static final Set<String> FILE_OPTIONS = Set.of("--data", "--out", "--spec", "--meta", "--steps",
            "--weight-sets");
    private static final Set<String> COUNT_OPTIONS = Set.of("--runs", "--bootstrap");
    private static final Pattern NUMBER = Pattern.compile("[+-]?[0-9.eE+-]+");
    private static final Pattern FILE_NAME = Pattern.compile(".*\\.[A-Za-z]{2,5}");

    private FuzzedArgs() {
    }

    /**
     * The command line of fuzzed bytes.
     *
     * @param data   the bytes, one argument per line
     * @param folder the working folder every file name is resolved in
     * @return the arguments
     */
    static String[] of(byte[] data, Path folder) {
        List<String> split = new ArrayList<>();
        for (String line : new String(data, StandardCharsets.UTF_8).split("\n", -1)) {
            int eq = line.indexOf('=');
            if (line.startsWith("--") && eq > 2) {
                split.add(line.substring(0, eq));
                split.add(line.substring(eq + 1));
            } else {
                split.add(line);
            }
        }
        List<String> args = new ArrayList<>();
        boolean convert = false;
        boolean named = false;
        String previous = "";
        for (String raw : split) {
            String a = raw.startsWith("@") ? raw.replaceFirst("^@+", "") : raw;
            if (a.equals("--debug")) {
                continue;
            }
            if (a.equals("report")) {
                a = "summary";
            }
            named |= SUBCOMMANDS.contains(a) || STANDALONE.contains(a);
            convert |= a.equals("convert");
            boolean bare = !a.startsWith("-") || a.equals("-");
            if (COUNT_OPTIONS.contains(previous) && NUMBER.matcher(a).matches()) {
                a = capped(a);
            } else if (FILE_OPTIONS.contains(previous) || a.equals("-") || a.contains("/") || a.contains("\\")
                    || bare && FILE_NAME.matcher(a).matches() && !NUMBER.matcher(a).matches()
                    || convert && bare && !SUBCOMMANDS.contains(a) && !NUMBER.matcher(a).matches()) {
                a = folder.resolve(safeName(a)).toString();
            }
            args.add(a);
            previous = a;
        }
        if (!named) {
            args.add(0, "summary");
        }
        return args.toArray(String[]::new);
    }

    private static String capped(String number) {
        try {
            return Double.parseDouble(number) > MAX_RUNS ? String.valueOf(MAX_RUNS) : number;
        } catch (NumberFormatException e) {
            return number;
        }
    }

    /** The last part of a path, reduced to letters, digits, {@code .}, {@code _} and {@code -}, not starting with a dot. */
    private static String safeName(String path) {
        String name = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1)
                .replaceAll("[^A-Za-z0-9._-]", "_").replaceFirst("^\\.+", "");
        return name.isEmpty() ? "missing" : name;
    }
}
