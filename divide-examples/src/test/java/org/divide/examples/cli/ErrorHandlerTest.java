package org.divide.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.divide.io.Location;
import org.divide.io.MalformedDataException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** One line on standard error per failure: located, capped, free of third-party names. */
class ErrorHandlerTest {

    @TempDir
    Path dir;

    /** What the handler printed and returned. */
    private record Handled(int code, String err) {
    }

    private static Handled handle(Exception e, boolean debug) {
        StringWriter err = new StringWriter();
        CommandLine commandLine = new CommandLine(CommandSpec.create());
        commandLine.setErr(new PrintWriter(err, true));
        int code = new ErrorHandler(() -> debug).handleExecutionException(e, commandLine, null);
        return new Handled(code, err.toString());
    }

    @Test
    void malformedDataWrappedInAnUncheckedExceptionIsShownAsItIs() {
        MalformedDataException bad = new MalformedDataException(Location.cell("pop.csv", 17, "Value"), "12abc",
                "is not a number", null);
        Handled h = handle(new UncheckedIOException(bad), false);
        assertEquals(ExitCodes.BAD_INPUT, h.code());
        assertEquals("divide: pop.csv line 17, column 'Value': '12abc' is not a number" + System.lineSeparator(),
                h.err());
        Handled wrapped = handle(new IllegalStateException("while reading", bad), false);
        assertEquals(ExitCodes.BAD_INPUT, wrapped.code());
        assertTrue(wrapped.err().startsWith("divide: pop.csv line 17"), wrapped.err());
    }

    @Test
    void thirdPartyClassNamesAreRemovedAndTheLineIsCapped() {
        Handled h = handle(new UncheckedIOException(new IOException("org.apache.poi.ooxml.POIXMLException:"
                + " org.apache.xmlbeans.XmlException: error: Unexpected end of file after null")), false);
        assertEquals(ExitCodes.BAD_INPUT, h.code());
        assertEquals("divide: error: Unexpected end of file after null" + System.lineSeparator(), h.err());
        Handled limit = handle(new IOException("Document nesting depth (1001) exceeds the maximum allowed (1000,"
                + " from `StreamReadConstraints.getMaxNestingDepth()`)"), false);
        assertFalse(limit.err().contains("StreamReadConstraints"), limit.err());
        Handled huge = handle(new IllegalArgumentException("x".repeat(3_000_000)), false);
        String line = huge.err().strip();
        assertEquals(1, huge.err().lines().count());
        assertEquals("divide: ".length() + ErrorHandler.MAX_LINE, line.length());
        assertTrue(line.endsWith("x…"), line.substring(line.length() - 10));
    }

    @Test
    void aMissingFileAndAnInternalErrorAreOneLineEach() {
        Handled missing = handle(new NoSuchFileException("none.csv"), false);
        assertEquals("divide: none.csv: no such file" + System.lineSeparator(), missing.err());
        Handled undecodable = handle(new UncheckedIOException(new MalformedInputException(1)), false);
        assertEquals(ExitCodes.BAD_INPUT, undecodable.code());
        assertEquals("divide: bytes that are not valid text in the expected encoding (UTF-8 unless the format says"
                + " otherwise; save the file as UTF-8)" + System.lineSeparator(), undecodable.err());
        Handled internal = handle(new IllegalStateException(), false);
        assertEquals(ExitCodes.INTERNAL, internal.code());
        assertEquals(2, internal.err().lines().count());
        assertTrue(internal.err().startsWith("divide: internal error: IllegalStateException"), internal.err());
    }

    @Test
    void hostileFilesThroughTheCommandGiveOneShortLocatedLine() {
        StringBuilder wide = new StringBuilder("economy,indicator,year,value\n");
        for (int i = 0; i < 1_000_000; i++) {
            wide.append(i == 0 ? "" : ",").append(1);
        }
        Path wideFile = Cli.write(dir, "wide.csv", wide.append('\n').toString());
        Cli r = Cli.run("convert", wideFile.toString(), dir.resolve("o.json").toString());
        assertEquals(ExitCodes.BAD_INPUT, r.code(), r.toString());
        assertEquals("divide: wide.csv line 2: a line longer than 1048576 characters (limit ReadLimits.maxLineLength;"
                + " raise it with ReadOptions.withLimits)", r.err().strip());
        Path header = Cli.write(dir, "head.csv", "economy,indicator,year,value\n");
        r = Cli.run("convert", header.toString(), dir.resolve("o2.json").toString());
        assertEquals(ExitCodes.BAD_INPUT, r.code(), r.toString());
        assertTrue(r.err().startsWith("divide: head.csv line 1: no data rows after the header"), r.err());
        Path deep = Cli.write(dir, "deep.json", "[".repeat(100_000));
        r = Cli.run("convert", deep.toString(), dir.resolve("o3.csv").toString(), "--from", "json");
        assertEquals(ExitCodes.BAD_INPUT, r.code(), r.toString());
        assertTrue(r.err().contains("JSON nested deeper than 64 levels"), r.err());
        assertFalse(r.err().contains("StreamReadConstraints"), r.err());
    }
}
