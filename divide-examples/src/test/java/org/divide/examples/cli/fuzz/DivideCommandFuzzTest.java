package org.divide.examples.cli.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.divide.examples.cli.DivideCommand;

/**
 * Fuzzes the {@code divide} command's argument handling: {@link DivideCommand#run} with fuzzed
 * arguments ({@link FuzzedArgs}: one per line, file names confined to a folder holding small data,
 * spec and iMeta files) must return one of the documented exit codes — 0, 2 (usage), 3 (bad input),
 * never 1 (an internal error) — and print no stack trace on either stream, nor through the
 * libraries' logging (slf4j-simple writes to {@link System#err}, captured for the run). See
 * {@code DivideCommandFuzzTestInputs/fuzz/} for the seed command lines and {@code docs/fuzzing.md}.
 */
class DivideCommandFuzzTest {

    /** The small files the command lines name, copied from {@code files/} beside this class. */
    private static final List<String> FILES = List.of("data.csv", "servers.csv", "oxford.csv",
            "wdi_SP.POP.TOTL.csv", "spec.json", "imeta.csv", "broken.xlsx");
    private static final Path FOLDER = folder();
    /** A line of a Java stack trace, or the start of a chained one. */
    private static final Pattern STACK_TRACE = Pattern.compile(
            "(?m)^\\s+at [\\w$.]+\\([^)]*\\)$|^Caused by: |^Exception in thread ");

    private static Path folder() {
        try {
            Path dir = Files.createTempDirectory("divide-cli-fuzz");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
            for (String name : FILES) {
                try (InputStream in = DivideCommandFuzzTest.class.getResourceAsStream("files/" + name)) {
                    Files.copy(in, dir.resolve(name));
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes the folder and what the command lines wrote into it (best effort, at exit). */
    private static void delete(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temporary folder left behind
        }
    }

    /**
     * One command line: run in-process, its exit code and output checked. Its time limit under
     * {@code -Pfuzz} is that of a whole command on small files ({@code fuzz.timeout} in this
     * module's POM), not the readers' one second.
     *
     * @param data the fuzzed bytes, one argument per line
     */
    @FuzzTest(maxDuration = "3m")
    void fuzz(byte[] data) {
        String[] args = FuzzedArgs.of(data, FOLDER);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ByteArrayOutputStream logged = new ByteArrayOutputStream();
        PrintStream systemErr = System.err;
        int code;
        try {
            System.setErr(new PrintStream(logged, true, StandardCharsets.UTF_8));
            code = DivideCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        } finally {
            System.setErr(systemErr);
        }
        String log = logged.toString(StandardCharsets.UTF_8);
        String run = "divide " + String.join(" ", Arrays.asList(args)) + "\nexit " + code + "\n--- out\n" + out
                + "--- err\n" + err + "--- logged on System.err\n" + log;
        assertTrue(code == 0 || code == 2 || code == 3, () -> "an undocumented exit code: " + run);
        assertFalse(STACK_TRACE.matcher(out.toString()).find() || STACK_TRACE.matcher(err.toString()).find()
                || STACK_TRACE.matcher(log).find(), () -> "a stack trace: " + run);
    }
}
