package org.divide.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * What every configured reader of divide-io does: immutable, configured with {@code with...}
 * calls that return a new reader, and reading a file or a stream into a {@link ReadResult}.
 *
 * <pre>{@code
 * ReadResult r = LongCsvReader.withDefaults().withLenient(true).read(Path.of("data.csv"));
 * ReadResult s = SdmxMlReader.withDefaults().read(inputStream, "ecb.xml");
 * }</pre>
 *
 * <p>Text formats also read a {@link java.io.Reader} ({@link TextFormatReader}); {@link PanelReader}
 * reads any supported format.
 *
 * @param <R> the reader's own type, which the {@code with...} calls return
 */
public interface FormatReader<R extends FormatReader<R>> {

    /**
     * The shared read options.
     *
     * @return the options
     */
    ReadOptions options();

    /**
     * A copy with other shared read options.
     *
     * @param newOptions the options, non-null
     * @return the copy
     */
    R withOptions(ReadOptions newOptions);

    /**
     * A copy in lenient mode (bad records skipped and listed in {@link ReadResult#skipped()}) or
     * strict mode (the first bad record throws); {@code withOptions(options().withLenient(lenient))}.
     *
     * @param lenient {@code true} for lenient mode
     * @return the copy
     */
    default R withLenient(boolean lenient) {
        return withOptions(options().withLenient(lenient));
    }

    /**
     * Reads a file; messages name it by its file name.
     *
     * @param path the file
     * @return the panels and the report
     * @throws MalformedDataException if the file is malformed (strict mode) or cannot form a panel
     * @throws IOException            if it cannot be read
     */
    ReadResult read(Path path) throws IOException;

    /**
     * Reads a stream (not closed).
     *
     * @param in     the bytes
     * @param source the name used in messages
     * @return the panels and the report
     * @throws MalformedDataException if the input is malformed (strict mode) or cannot form a panel
     * @throws IOException            if it cannot be read
     */
    ReadResult read(InputStream in, String source) throws IOException;
}
