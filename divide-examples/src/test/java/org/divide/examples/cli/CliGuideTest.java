package org.divide.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every example of {@code docs/cli.md} as it prints, but those of the {@code divide index} section
 * (run by {@link IndexDocsTest}): each {@code $ divide ...} line of a {@code console} block is run
 * in a directory holding copies of {@link #FILES}, and standard error then standard output must be
 * the lines shown under it.
 *
 * <p>The transcript conventions: {@code $ echo $?} and the exit code follow a command whose exit
 * is not 0; a line {@code ...} matches any number of printed lines; a command line ending in
 * {@code \} goes on on the next line. The shell parts understood are {@code < FILE} (standard
 * input), {@code 2>/dev/null} (standard error dropped) and {@code && head -N FILE} (the first lines
 * of a file the command wrote, after its output). Files are named without a directory: those of
 * {@link #FILES} are read, any other is written (and must exist once the command succeeded), and
 * the directory is left out of the file names printed.
 */
class CliGuideTest {

    private static final Path CLI_MD = Path.of("..", "docs", "cli.md");

    /** The heading of the section that {@link IndexDocsTest} runs. */
    private static final String INDEX_SECTION = "## `divide index`";

    /** The files the examples read: test resources on the class path, copied under their own names. */
    private static final List<String> FILES = List.of(
            "/org/divide/examples/cli/wdi_IT.NET.SECR.P6.csv",
            "/org/divide/examples/cli/wdi_IT.NET.BBND.P2.csv",
            "/org/divide/examples/cli/wdi_IT.CEL.SETS.P2.csv",
            "/org/divide/examples/cli/oxford_government_ai_readiness_2023.csv",
            "/org/divide/examples/cli/API_NY.GDP.PCAP.CD_DS2_en_csv_v2_46.csv",
            "/org/divide/examples/cli/top500_2025-06_by_country.csv",
            "/org/divide/examples/cli/microsoft_ai_diffusion_genai_use_pct.csv",
            "/org/divide/examples/cli/owid_IT.NET.USER.ZS_share_internet.csv",
            "/org/divide/examples/cli/eusilc_eqincome.csv",
            "/org/divide/examples/cli/servers_a.csv",
            "/org/divide/examples/cli/servers_b.csv",
            "/org/divide/examples/cli/servers_typo.csv",
            "/org/divide/examples/cli/steps.json",
            "/org/divide/testdata/wdi/wdi_SP.POP.TOTL.csv",
            "/org/divide/testdata/asem/ASEM_iMeta.csv",
            "/org/divide/testdata/asem/ASEM_iData.csv");

    private static final Pattern FILE_NAME = Pattern.compile("[\\w.-]+\\.(csv|json|xlsx|html)");
    private static final Pattern THEN_HEAD = Pattern.compile("&& head -(\\d+) (\\S+)$");
    private static final Pattern TOKEN = Pattern.compile("'([^']*)'|(\\S+)");

    @TempDir
    Path dir;

    @Test
    void everyExampleOutsideTheIndexSectionPrintsAsShown() throws IOException {
        for (String resource : FILES) {
            try (InputStream in = getClass().getResourceAsStream(resource)) {
                assertNotNull(in, resource);
                Files.copy(in, dir.resolve(resource.substring(resource.lastIndexOf('/') + 1)));
            }
        }
        int examples = 0;
        for (Example example : examples(withoutIndexSection(Files.readString(CLI_MD, StandardCharsets.UTF_8)))) {
            assertMatches(example.shown(), run(example.command()), example.command().line());
            examples++;
        }
        assertTrue(examples >= 35, "the examples of docs/cli.md outside the divide index section: " + examples);
        assertTrue(Files.size(dir.resolve("asem-report.html")) > 100_000, "the report was written");
    }

    /** {@code ...} matches any number of lines; anything else, one equal line. */
    @Test
    void anEllipsisMatchesAnyNumberOfLines() {
        assertTrue(matches(List.of("a", "...", "d"), List.of("a", "b", "c", "d")));
        assertTrue(matches(List.of("a", "...", "b"), List.of("a", "b")));
        assertTrue(matches(List.of("...", "x", "..."), List.of("a", "x", "b", "x")));
        assertTrue(!matches(List.of("a", "...", "d"), List.of("a", "b", "c")));
        assertTrue(!matches(List.of("a", "b"), List.of("a", "b", "c")));
    }

    /** {@return the document without the section of {@link #INDEX_SECTION} (up to the next heading "## ")} */
    static String withoutIndexSection(String doc) {
        int start = doc.indexOf(INDEX_SECTION);
        int end = doc.indexOf("\n## ", start + INDEX_SECTION.length());
        return doc.substring(0, start) + doc.substring(end + 1);
    }

    /** One command of a transcript and the lines shown under it. */
    private record Example(Command command, List<String> shown) {
    }

    /**
     * One {@code divide} command line as the shell would see it.
     *
     * @param line   the line as written (continuations joined), for messages
     * @param args   the arguments after {@code divide}, quotes removed
     * @param stdin  the file fed to standard input, or null
     * @param quiet  whether standard error is dropped ({@code 2>/dev/null})
     * @param head   the file whose first lines are shown after the output, or null
     * @param lines  how many lines of {@code head}
     * @param code   the exit code shown ({@code $ echo $?}), 0 when none is shown
     */
    private record Command(String line, List<String> args, String stdin, boolean quiet, String head, int lines,
            int code) {

        static Command parse(String line, int code) {
            String rest = line.substring("$ divide ".length());
            String head = null;
            int lines = 0;
            Matcher h = THEN_HEAD.matcher(rest);
            if (h.find()) {
                lines = Integer.parseInt(h.group(1));
                head = h.group(2);
                rest = rest.substring(0, h.start());
            }
            boolean quiet = rest.contains(" 2>/dev/null");
            rest = rest.replace(" 2>/dev/null", "");
            String stdin = null;
            int redirect = rest.indexOf(" < ");
            if (redirect >= 0) {
                stdin = rest.substring(redirect + 3).strip();
                rest = rest.substring(0, redirect);
            }
            List<String> args = new ArrayList<>();
            Matcher t = TOKEN.matcher(rest);
            while (t.find()) {
                args.add(t.group(1) != null ? t.group(1) : t.group(2));
            }
            return new Command(line, args, stdin, quiet, head, lines, code);
        }
    }

    /** The commands of the {@code console} blocks of {@code doc}, each with the lines shown under it. */
    private static List<Example> examples(String doc) {
        List<String> lines = joinContinuations(doc.lines().toList());
        List<Example> out = new ArrayList<>();
        boolean console = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("```")) {
                console = line.equals("```console");
                continue;
            }
            if (console && line.startsWith("$ divide ")) {
                List<String> shown = new ArrayList<>();
                int code = ExitCodes.OK;
                for (int j = i + 1; j < lines.size() && !lines.get(j).startsWith("```"); j++) {
                    if (lines.get(j).equals("$ echo $?")) {
                        code = Integer.parseInt(lines.get(j + 1));
                        break;
                    }
                    if (lines.get(j).startsWith("$ ")) {
                        break;
                    }
                    shown.add(lines.get(j));
                }
                out.add(new Example(Command.parse(line, code), shown));
            } else if (console && line.startsWith("$ ") && !line.equals("$ echo $?")) {
                fail("a console block runs only divide commands: " + line);
            }
        }
        return out;
    }

    /** {@return the lines with each one ending in " \" joined to the next} */
    private static List<String> joinContinuations(List<String> lines) {
        List<String> out = new ArrayList<>();
        String pending = null;
        for (String line : lines) {
            String joined = pending == null ? line : pending + " " + line.strip();
            if (line.endsWith(" \\")) {
                pending = joined.substring(0, joined.length() - 2);
            } else {
                out.add(joined);
                pending = null;
            }
        }
        return out;
    }

    /** Runs a command in {@link #dir}; {@return what it printed: standard error's lines, then standard output's} */
    private List<String> run(Command command) throws IOException {
        String[] args = command.args().stream()
                .map(a -> FILE_NAME.matcher(a).matches() ? dir.resolve(a).toString() : a).toArray(String[]::new);
        InputStream saved = System.in;
        Cli r;
        try {
            if (command.stdin() != null) {
                System.setIn(new ByteArrayInputStream(Files.readAllBytes(dir.resolve(command.stdin()))));
            }
            r = Cli.run(args);
        } finally {
            System.setIn(saved);
        }
        assertEquals(command.code(), r.code(), command.line() + "\n" + r);
        if (r.code() == ExitCodes.OK) {
            for (String a : command.args()) {
                assertTrue(!FILE_NAME.matcher(a).matches() || Files.exists(dir.resolve(a)),
                        command.line() + ": " + a + " was not written");
            }
        }
        List<String> printed = new ArrayList<>();
        if (!command.quiet()) {
            printed.addAll(withoutDir(r.err()));
        }
        printed.addAll(withoutDir(r.out()));
        if (command.head() != null) {
            printed.addAll(Files.readAllLines(dir.resolve(command.head()), StandardCharsets.UTF_8).stream()
                    .limit(command.lines()).toList());
        }
        return printed;
    }

    private List<String> withoutDir(String text) {
        return text.replace(dir + File.separator, "").lines().toList();
    }

    /** Fails, showing both texts, unless {@code printed} matches {@code shown}. */
    private static void assertMatches(List<String> shown, List<String> printed, String command) {
        if (!matches(shown, printed)) {
            assertEquals(String.join("\n", shown), String.join("\n", printed), command);
        }
    }

    /** {@return whether the printed lines match the shown ones, a shown {@code ...} matching any number of lines} */
    static boolean matches(List<String> shown, List<String> printed) {
        if (shown.isEmpty()) {
            return printed.isEmpty();
        }
        if (shown.get(0).equals("...")) {
            for (int skip = 0; skip <= printed.size(); skip++) {
                if (matches(shown.subList(1, shown.size()), printed.subList(skip, printed.size()))) {
                    return true;
                }
            }
            return false;
        }
        return !printed.isEmpty() && shown.get(0).equals(printed.get(0))
                && matches(shown.subList(1, shown.size()), printed.subList(1, printed.size()));
    }
}
