package org.divide.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class DivideCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return DivideCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void noArgumentsWritesTheReportAndPrintsTheSummary() throws java.io.IOException {
        java.nio.file.Path report = java.nio.file.Path.of(ReportCommand.DEFAULT_OUT);
        try {
            assertEquals(ExitCodes.OK, run());
            assertTrue(java.nio.file.Files.size(report) > 10_000);
        } finally {
            java.nio.file.Files.deleteIfExists(report);
        }
        String text = out.toString();
        assertTrue(text.contains("Report written to"), text);
        assertTrue(text.contains("Individuals using the Internet"), text);
        assertTrue(text.contains("Fixed broadband subscriptions"), text);
        assertTrue(text.contains("High/Low"), text);
        assertEquals("", err.toString());
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertEquals(ExitCodes.USAGE, run("--no-such-option"));
        assertEquals(1, err.toString().lines().count(), err.toString());
        assertTrue(err.toString().startsWith("divide: "), err.toString());
        assertTrue(err.toString().contains("--no-such-option"), err.toString());
    }

    @Test
    void badInputGivesOneLineAndNoStackTrace() {
        assertEquals(ExitCodes.BAD_INPUT, run("summary", "--min-coverage", "2"));
        String message = err.toString();
        assertTrue(message.startsWith("divide: "), message);
        assertTrue(message.contains("2.0"), message);
        assertEquals(1, message.lines().count(), message);
        assertFalse(message.contains("\tat "), message);
    }

    @Test
    void debugPrintsTheStackTrace() {
        assertEquals(ExitCodes.BAD_INPUT, run("--debug", "summary", "--min-coverage", "2"));
        assertTrue(err.toString().contains("\tat "), err.toString());
    }

    @Test
    void helpWorksOnEveryCommand() {
        assertEquals(ExitCodes.OK, run("--help"));
        assertEquals(ExitCodes.OK, run("summary", "--help"));
        assertTrue(out.toString().contains("--min-coverage"), out.toString());
    }

    @Test
    void writesInTheStreamsCharsetElseUtf8OffATerminal() {
        assertEquals(StandardCharsets.UTF_16LE, DivideCommand.charset("UTF-16LE", null));
        assertEquals(StandardCharsets.UTF_8, DivideCommand.charset(null, null));
        assertEquals(StandardCharsets.UTF_8, DivideCommand.charset("no-such-charset", null));
        assertEquals(StandardCharsets.UTF_8, DivideCommand.charset("not a name!", null));
    }
}
