package org.divide.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code divide index} section of {@code docs/cli.md} as it prints: its {@code spec.json} and
 * {@code data.csv} (and the ASEM files of divide-testdata) written to a directory, and every
 * {@code $ divide index ...} line of its transcripts run through the command, the output compared
 * with the lines that follow it. A transcript shows standard error's "index built" line first, then
 * standard output, then the other notes on standard error, as a terminal does; the directory is
 * left out of the file names printed and the version is not compared. The shell parts
 * understood are {@code 2>/dev/null}, {@code 2>&1 >/dev/null}, {@code | cut -d, -fA-B},
 * {@code | head -N}, {@code | tail -N} and {@code --out F && head -N F}.
 */
class IndexDocsTest {

    private static final Path CLI_MD = Path.of("..", "docs", "cli.md");

    private static final Pattern CUT = Pattern.compile("\\| cut -d, -f(\\d+)-(\\d+)");
    private static final Pattern HEAD = Pattern.compile("\\| head -(\\d+)");
    private static final Pattern TAIL = Pattern.compile("\\| tail -(\\d+)");
    private static final Pattern THEN_HEAD = Pattern.compile("&& head -(\\d+) (\\S+)");

    @TempDir
    Path dir;

    @Test
    void everyIndexExampleOfTheGuidePrintsAsShown() throws IOException {
        Assumptions.assumeTrue(TableFit.terminalWidth(System.getenv()) == TableFit.DEFAULT_WIDTH,
                "the guide's tables are printed for the default width");
        String doc = Files.readString(CLI_MD, StandardCharsets.UTF_8);
        String section = doc.substring(doc.indexOf("## `divide index`"), doc.indexOf("## `divide uncertainty`"));
        Files.writeString(dir.resolve("spec.json"), block(section, "`spec.json`:"), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("data.csv"), block(section, "`data.csv`:"), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("steps.json"), "{\"steps\": [{\"step\": \"denominate\"}, {\"step\": \"impute\","
                + " \"method\": \"group-mean\", \"grouping\": \"EurAsia_group\"}, {\"step\": \"treat\", \"method\":"
                + " \"coinr\"}, {\"step\": \"normalise\", \"method\": \"min-max\"}, {\"step\": \"aggregate\", \"method\":"
                + " \"arithmetic\"}]}", StandardCharsets.UTF_8);
        for (String name : List.of("ASEM_iMeta.csv", "ASEM_iData.csv")) {
            try (InputStream in = getClass().getResourceAsStream("/org/divide/testdata/asem/" + name)) {
                Files.copy(in, dir.resolve(name));
            }
        }
        List<String> lines = section.lines().toList();
        int examples = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("$ divide index ")) {
                List<String> shown = new ArrayList<>();
                for (int j = i + 1; j < lines.size() && !lines.get(j).startsWith("$ ")
                        && !lines.get(j).startsWith("```"); j++) {
                    shown.add(lines.get(j));
                }
                assertEquals(versionless(shown), versionless(run(lines.get(i).substring(2))), lines.get(i));
                examples++;
            }
        }
        assertEquals(8, examples, "the examples of the section");
    }

    /** The lines with the version written as "V": the guide's is the jar's, the tests run on classes. */
    private static List<String> versionless(List<String> lines) {
        return lines.stream().map(l -> l.replaceAll("(\"divide_version\" : )\".*\"", "$1\"V\"")).toList();
    }

    /** The text of the fenced block after a caption. */
    private static String block(String section, String caption) {
        int at = section.indexOf(caption);
        assertTrue(at >= 0, caption);
        int open = section.indexOf("```", at);
        int start = section.indexOf('\n', open) + 1;
        return section.substring(start, section.indexOf("```", start));
    }

    /** Runs one transcript line in {@link #dir} and returns what a terminal would show. */
    private List<String> run(String line) throws IOException {
        String command = line;
        int pipe = command.indexOf(" |");
        int and = command.indexOf(" &&");
        int end = Math.min(pipe < 0 ? command.length() : pipe, and < 0 ? command.length() : and);
        List<String> args = new ArrayList<>(Arrays.asList(command.substring(0, end).strip().split(" +")));
        args.remove(0);
        boolean noErr = args.remove("2>/dev/null");
        boolean onlyErr = args.remove("2>&1") & args.remove(">/dev/null");
        for (int a = 0; a < args.size(); a++) {
            if (args.get(a).contains(".")) {
                args.set(a, dir.resolve(args.get(a)).toString());
            }
        }
        Cli r = Cli.run(args.toArray(String[]::new));
        assertEquals(ExitCodes.OK, r.code(), r.toString());
        String err = r.err().replace(dir + java.io.File.separator, "");
        List<String> errLines = err.lines().toList();
        List<String> shown = new ArrayList<>();
        if (onlyErr) {
            shown.addAll(errLines);
        } else {
            List<String> out = new ArrayList<>(r.out().replace(dir + java.io.File.separator, "").lines().toList());
            Matcher cut = CUT.matcher(command);
            if (cut.find()) {
                int from = Integer.parseInt(cut.group(1));
                int to = Integer.parseInt(cut.group(2));
                out.replaceAll(l -> String.join(",", Arrays.asList(l.split(",", -1)).subList(from - 1,
                        Math.min(to, l.split(",", -1).length))));
            }
            if (!noErr && !errLines.isEmpty()) {
                shown.add(errLines.get(0));
            }
            shown.addAll(out);
            if (!noErr && errLines.size() > 1) {
                shown.addAll(errLines.subList(1, errLines.size()));
            }
            Matcher then = THEN_HEAD.matcher(command);
            if (then.find()) {
                List<String> file = Files.readAllLines(dir.resolve(then.group(2)), StandardCharsets.UTF_8);
                shown.addAll(file.subList(0, Math.min(Integer.parseInt(then.group(1)), file.size())));
            }
        }
        Matcher head = HEAD.matcher(command.substring(command.indexOf('|') < 0 ? 0 : command.indexOf('|')));
        if (head.find() && !THEN_HEAD.matcher(command).find()) {
            int n = Integer.parseInt(head.group(1));
            List<String> kept = new ArrayList<>();
            int stdout = 0;
            for (String l : shown) {
                boolean note = l.startsWith("divide: ");
                if (note && !onlyErr || stdout++ < n) {
                    kept.add(l);
                }
            }
            shown = kept;
        }
        Matcher tail = TAIL.matcher(command);
        if (tail.find()) {
            int n = Integer.parseInt(tail.group(1));
            shown = shown.subList(Math.max(0, shown.size() - n), shown.size());
        }
        return shown;
    }
}
