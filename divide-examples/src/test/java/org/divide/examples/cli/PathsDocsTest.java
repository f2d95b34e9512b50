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
 * The transcripts of {@code docs/paths.md}'s section "The index over time" as they print: every
 * {@code $ divide ...} line in a code block is run through the command and its output compared
 * with the lines that follow it up to the end of the block. The shell parts understood are
 * {@code 2>/dev/null} (standard output), {@code 2>&1 >/dev/null} (standard error),
 * {@code | grep -E 'RE'}, {@code | cut -d, -fA-B}, {@code | head -N} and {@code | tail -N}.
 */
class PathsDocsTest {

    private static final Path PATHS_MD = Path.of("..", "docs", "paths.md");
    private static final Pattern GREP = Pattern.compile("\\| grep -E '([^']*)'");
    private static final Pattern CUT = Pattern.compile("\\| cut -d, -f(\\d+)-(\\d+)");
    private static final Pattern HEAD = Pattern.compile("\\| head -(\\d+)");
    private static final Pattern TAIL = Pattern.compile("\\| tail -(\\d+)");

    @Test
    void everyTranscriptOfTheIndexOverTimePrintsAsShown() throws IOException {
        String doc = Files.readString(PATHS_MD, StandardCharsets.UTF_8);
        int start = doc.indexOf("## The index over time");
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
        assertTrue(transcripts >= 5, "transcripts: " + transcripts);
    }

    private static List<String> run(String command) {
        int pipe = command.indexOf(" |");
        int redirect = command.indexOf(" 2>");
        int cutAt = Math.min(pipe < 0 ? command.length() : pipe, redirect < 0 ? command.length() : redirect);
        String args = command.substring("divide ".length(), cutAt).strip();
        Cli r = Cli.run(args.split("\\s+"));
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
