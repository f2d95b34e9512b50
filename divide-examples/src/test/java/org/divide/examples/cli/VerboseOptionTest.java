package org.divide.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --verbose}: the libraries' DEBUG log on standard error, nothing of it without the option.
 * slf4j-simple reads its levels once per JVM, so the command runs in a child JVM on this test's
 * class path, with the command's own {@code simplelogger.properties}.
 */
class VerboseOptionTest {

    @TempDir
    Path dir;

    private static final String DATA = """
            economy,indicator,year,value
            KEN,pop,2020,51.99
            XYZ,pop,2020,1.0
            KEN,pop,2020,51.99
            """;

    @Test
    void verboseLogsTheReadersDiagnosticsToStandardError() throws Exception {
        Path in = Cli.write(dir, "in.csv", DATA);
        Result quiet = divide("convert", in.toString(), dir.resolve("quiet.json").toString());
        Result verbose = divide("--verbose", "convert", in.toString(), dir.resolve("verbose.json").toString());
        assertEquals(ExitCodes.OK, quiet.code(), quiet.toString());
        assertEquals(ExitCodes.OK, verbose.code(), verbose.toString());
        assertEquals("", quiet.out());
        assertEquals("", verbose.out());
        assertFalse(quiet.err().contains("DEBUG"), quiet.toString());
        assertTrue(verbose.err().contains("in.csv: format long (from the CSV header"),
                verbose.toString());
        assertTrue(verbose.err().contains("DEBUG PanelCollector - in.csv line 3: unknown economy 'XYZ'"),
                verbose.toString());
        assertTrue(verbose.err().contains("line 4: repeats (KEN, pop, 2020)"), verbose.toString());
        // the command's own lines are the same with and without the option
        assertEquals(quiet.err().replace("quiet.json", "OUT"), verbose.err().lines()
                .filter(l -> !l.startsWith("DEBUG ")).map(l -> l.replace("verbose.json", "OUT") + "\n")
                .reduce("", String::concat));
    }

    @Test
    void theOptionIsFoundBeforeTheEndOfOptionsOnly() {
        assertFalse(Verbosity.apply(new String[] {"convert", "--", "--verbose"}));
    }

    private record Result(int code, String out, String err) {
    }

    private Result divide(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), DivideCommand.class.getName()));
        command.addAll(List.of(args));
        Path out = dir.resolve("stdout.txt");
        Path err = dir.resolve("stderr.txt");
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectOutput(out.toFile())
                .redirectError(err.toFile()).start();
        int code = p.waitFor();
        return new Result(code, Files.readString(out, StandardCharsets.UTF_8), Files.readString(err,
                StandardCharsets.UTF_8));
    }
}
