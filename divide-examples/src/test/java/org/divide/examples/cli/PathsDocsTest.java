package org.divide.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The transcripts of {@code docs/paths.md}'s sections "The index over time" and "A handful of
 * economies" as they print: every
 * {@code $ divide ...} line in a code block is run through the command and its output compared
 * with the lines that follow it up to the end of the block. The shell parts understood are
 * {@code 2>/dev/null} (standard output), {@code 2>&1 >/dev/null} (standard error),
 * {@code | grep -E 'RE'}, {@code | cut -d, -fA-B}, {@code | head -N} and {@code | tail -N};
 * arguments in single quotes are one argument, and a data file named by its bare name is read from
 * the test resources ({@value #FILES}).
 */
class PathsDocsTest {

    private static final Path PATHS_MD = Path.of("..", "docs", "paths.md");
    private static final Pattern GREP = Pattern.compile("\\| grep -E '([^']*)'");
    private static final Pattern CUT = Pattern.compile("\\| cut -d, -f(\\d+)-(\\d+)");
    private static final Pattern HEAD = Pattern.compile("\\| head -(\\d+)");
    private static final Pattern TAIL = Pattern.compile("\\| tail -(\\d+)");
    private static final Pattern ARG = Pattern.compile("'([^']*)'|(\\S+)");
    private static final String FILES = "src/test/resources/org/divide/examples/cli";

    @Test
    void everyTranscriptOfTheIndexOverTimePrintsAsShown() throws IOException {
        assertTrue(transcripts("## The index over time") >= 5);
    }

    @Test
    void everyTranscriptOfAHandfulOfEconomiesPrintsAsShown() throws IOException {
        assertTrue(transcripts("## A handful of economies") >= 13);
    }

    /** Runs every transcript of a section, comparing its output; returns how many there were. */
    private static int transcripts(String heading) throws IOException {
        String doc = Files.readString(PATHS_MD, StandardCharsets.UTF_8);
        int start = doc.indexOf(heading);
        assertTrue(start >= 0, heading);
        int end = doc.indexOf("\n## ", start + 1);
        String section = doc.substring(start, end < 0 ? doc.length() : end);
        List<String> lines = section.lines().toList();
        int transcripts = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).startsWith("$ divide ")) {
                continue;
            }
            String command = lines.get(i).substring(2);
            List<String> expected = new ArrayList<>();
            for (int j = i + 1; j < lines.size() && !lines.get(j).startsWith("```"); j++) {
                expected.add(stripEnd(lines.get(j)));
            }
            assertEquals(expected, run(command), command);
            transcripts++;
        }
        return transcripts;
    }

    private static List<String> run(String command) {
        int pipe = command.indexOf(" |");
        int redirect = command.indexOf(" 2>");
        int cutAt = Math.min(pipe < 0 ? command.length() : pipe, redirect < 0 ? command.length() : redirect);
        String args = command.substring("divide ".length(), cutAt).strip();
        List<String> argv = new ArrayList<>();
        Matcher word = ARG.matcher(args);
        while (word.find()) {
            String arg = word.group(1) != null ? word.group(1) : word.group(2);
            Path file = Path.of(FILES, arg);
            argv.add(!arg.startsWith("-") && Files.isRegularFile(file) ? file.toString() : arg);
        }
        Cli r = Cli.run(argv.toArray(String[]::new));
        assertEquals(ExitCodes.OK, r.code(), command + "\n" + r);
        String text = command.contains("2>&1 >/dev/null") ? r.err() : r.out();
        List<String> out = new ArrayList<>(text.lines().map(PathsDocsTest::stripEnd).toList());
        Matcher grep = GREP.matcher(command);
        if (grep.find()) {
            Pattern p = Pattern.compile(grep.group(1));
            out.removeIf(l -> !p.matcher(l).find());
        }
        Matcher cut = CUT.matcher(command);
        if (cut.find()) {
            int a = Integer.parseInt(cut.group(1));
            int b = Integer.parseInt(cut.group(2));
            out.replaceAll(l -> {
                String[] f = l.split(",", -1);
                return String.join(",", Arrays.asList(f).subList(a - 1, Math.min(b, f.length)));
            });
        }
        Matcher head = HEAD.matcher(command);
        if (head.find()) {
            out = out.subList(0, Math.min(out.size(), Integer.parseInt(head.group(1))));
        }
        Matcher tail = TAIL.matcher(command);
        if (tail.find()) {
            out = out.subList(Math.max(0, out.size() - Integer.parseInt(tail.group(1))), out.size());
        }
        return out;
    }

    private static String stripEnd(String s) {
        return s.replaceAll("\\s+$", "");
    }
}
