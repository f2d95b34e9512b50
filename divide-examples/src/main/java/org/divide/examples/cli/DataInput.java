package org.divide.examples.cli;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.divide.io.Location;
import org.divide.io.MalformedDataException;
import org.divide.io.PanelFormat;
import org.divide.io.PanelFormats;
import org.divide.io.ReadLimits;

/**
 * One input named by {@code --data}: a file, or standard input ({@code -}), which is read once
 * into memory so that its format can be detected and the data read from the same bytes.
 *
 * @param source the name in messages: the path, or "standard input"
 * @param path   the file, or {@code null} for standard input
 * @param bytes  the bytes of standard input, or {@code null} for a file
 */
record DataInput(String source, Path path, byte[] bytes) {

    /** The argument that names standard input. */
    static final String STDIN = "-";

    /**
     * The input an argument names.
     *
     * @param argument a path, or {@code -}
     * @param stdin    standard input
     * @return the input
     * @throws IOException if standard input cannot be read
     */
    static DataInput of(String argument, InputStream stdin) throws IOException {
        if (argument.equals(STDIN)) {
            return new DataInput("standard input", null, stdin.readAllBytes());
        }
        return new DataInput(argument, Path.of(argument), null);
    }

    /**
     * Checks the input's size against {@code --max-input-size} (its {@link ReadLimits#maxFileBytes()}),
     * whatever reads it afterwards (tables of economies too), in the words the readers use.
     *
     * @param limits the limits
     * @return this input
     * @throws MalformedDataException if the input is larger
     * @throws IOException            if the file's size cannot be read
     */
    DataInput within(ReadLimits limits) throws IOException {
        long size = path == null ? bytes.length : Files.isRegularFile(path) ? Files.size(path) : 0;
        if (size > limits.maxFileBytes()) {
            String name = path == null ? source : String.valueOf(path.getFileName());
            throw MalformedDataException.limit(Location.of(name), "an input of " + size + " bytes, larger than "
                    + limits.maxFileBytes() + " bytes", "maxFileBytes");
        }
        return this;
    }

    /**
     * Opens the bytes.
     *
     * @return a new stream
     * @throws IOException naming the file if it is missing or unreadable
     */
    InputStream open() throws IOException {
        return path == null ? new ByteArrayInputStream(bytes) : PlainCsv.openStream(path);
    }

    /**
     * Opens the text as strict UTF-8 (malformed bytes are reported).
     *
     * @return a reader
     * @throws IOException naming the file if it is missing or unreadable
     */
    Reader reader() throws IOException {
        return new BufferedReader(new InputStreamReader(open(), StandardCharsets.UTF_8.newDecoder()));
    }

    /**
     * The first bytes, for format detection.
     *
     * @return at most {@link PanelFormats#HEAD_BYTES} bytes
     * @throws IOException naming the file if it is missing or unreadable
     */
    byte[] head() throws IOException {
        if (path == null) {
            return Arrays.copyOf(bytes, Math.min(bytes.length, PanelFormats.HEAD_BYTES));
        }
        try (InputStream in = open()) {
            return in.readNBytes(PanelFormats.HEAD_BYTES);
        }
    }

    /**
     * The published format of the input, or {@code null} for a text table no published format
     * has (a table of economies, or of units).
     *
     * @return the format, or {@code null}
     * @throws MalformedDataException for JSON or XML of an unknown kind (not a table)
     * @throws IOException if the input cannot be read
     */
    PanelFormat detect() throws IOException {
        byte[] head = head();
        try {
            return PanelFormats.detect(path != null ? path.toString() : "stdin.csv", head);
        } catch (MalformedDataException unknown) {
            String start = new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
            if (start.startsWith("{") || start.startsWith("[") || start.startsWith("<")) {
                throw unknown;
            }
            return null;
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DataInput d && source.equals(d.source);
    }

    @Override
    public int hashCode() {
        return source.hashCode();
    }

    @Override
    public String toString() {
        return source;
    }
}
