package org.divide.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

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
 * Every example of {@code docs/mobility.md} and {@code docs/deprivation.md} as it prints: each
 * {@code $ divide ...} line of a {@code console} block (continued by a trailing {@code \}) is run
 * in a directory holding the test data, and standard error then standard output must be the lines
 * shown under it; {@code ...} matches any number of lines, {@code 2>/dev/null} drops standard error,
 * {@code $ echo $?} shows a non-zero exit code.
 */
class MobilityDocsTest {

    private static final List<String> FILES = List.of(
            "/org/divide/examples/cli/owid_IT.NET.USER.ZS_share_internet.csv",
            "/org/divide/examples/report/wdi_digital_2015_2024.csv",
            "/org/divide/examples/cli/paths/alkire_foster_2011.csv");

    private static final Pattern TOKEN = Pattern.compile("'([^']*)'|(\\S+)");

    @TempDir
    Path dir;

    @Test
    void mobilityExamplesPrintAsShown() throws IOException {
        run("mobility.md");
    }

    @Test
    void deprivationExamplesPrintAsShown() throws IOException {
        run("deprivation.md");
    }

    private void run(String doc) throws IOException {
        for (String resource : FILES) {
            try (InputStream in = getClass().getResourceAsStream(resource)) {
                assertNotNull(in, resource);
                Files.copy(in, dir.resolve(resource.substring(resource.lastIndexOf('/') + 1)));
            }
        }
        List<String> lines = joined(Files.readAllLines(Path.of("..", "docs", doc), StandardCharsets.UTF_8));
        int examples = 0;
        boolean console = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("```")) {
                console = line.equals("```console");
                continue;
            }
            if (!console || !line.startsWith("$ ") || line.equals("$ echo $?")) {
                continue;
            }
            if (!line.startsWith("$ divide ")) {
                fail("a console block runs only divide commands: " + line);
            }
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
            String command = line.substring("$ divide ".length());
            boolean quiet = command.contains(" 2>/dev/null");
            List<String> args = new ArrayList<>();
            Matcher t = TOKEN.matcher(command.replace(" 2>/dev/null", ""));
            while (t.find()) {
                String a = t.group(1) != null ? t.group(1) : t.group(2);
                args.add(Files.exists(dir.resolve(a)) ? dir.resolve(a).toString() : a);
            }
            Cli r = Cli.run(args.toArray(new String[0]));
            assertEquals(code, r.code(), line + "\n" + r);
            List<String> printed = new ArrayList<>();
            if (!quiet) {
                r.err().lines().map(l -> l.replace(dir + java.io.File.separator, "")).forEach(printed::add);
            }
            r.out().lines().forEach(printed::add);
            assertTrue(matches(shown, printed), line + "\n--- shown\n" + String.join("\n", shown) + "\n--- printed\n"
                    + String.join("\n", printed));
            examples++;
        }
        assertTrue(examples >= 3, doc + ": " + examples + " examples");
    }

    private static List<String> joined(List<String> lines) {
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

    /** {@code ...} matches any number of lines (trailing blanks ignored); any other line one equal line. */
    private static boolean matches(List<String> shown, List<String> printed) {
        return matches(shown, 0, printed, 0);
    }

    private static boolean matches(List<String> shown, int s, List<String> printed, int p) {
        if (s == shown.size()) {
            return p == printed.size();
        }
        if (shown.get(s).equals("...")) {
            for (int q = p; q <= printed.size(); q++) {
                if (matches(shown, s + 1, printed, q)) {
                    return true;
                }
            }
            return false;
        }
        return p < printed.size() && shown.get(s).stripTrailing().equals(printed.get(p).stripTrailing())
                && matches(shown, s + 1, printed, p + 1);
    }
}
