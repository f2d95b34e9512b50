package org.divide.bench.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.divide.io.FormatReader;
import org.divide.io.ReadResult;

/**
 * Generated inputs as files, for the benchmarks that read from a path as a command and fread do.
 */
final class BenchFiles {

    private BenchFiles() {
    }

    /**
     * Writes bytes to a new temporary file.
     *
     * @param bytes the file's bytes
     * @return the file; the caller deletes it ({@link #delete})
     */
    static Path temporary(byte[] bytes) {
        try {
            return Files.write(Files.createTempFile("divide-bench-", ".csv"), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a file.
     *
     * @param reader the reader
     * @param path   the file
     * @return the result
     */
    static ReadResult read(FormatReader<?> reader, Path path) {
        try {
            return reader.read(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Deletes a temporary file, if it is still there.
     *
     * @param path the file
     * @throws IOException if it cannot be deleted
     */
    static void delete(Path path) throws IOException {
        Files.deleteIfExists(path);
    }
}
