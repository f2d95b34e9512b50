package org.divide.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.divide.io.internal.Limits;
import org.divide.io.internal.Sources;

/**
 * A {@link FormatReader} of a text format, which also reads characters. Bytes (a file or a
 * stream) are decoded strictly in {@link #charset()}, a byte-order mark skipped; bytes that are
 * not valid in it are a {@link MalformedDataException} naming the line and byte offset.
 *
 * @param <R> the reader's own type, which the {@code with...} calls return
 */
public interface TextFormatReader<R extends TextFormatReader<R>> extends FormatReader<R> {

    /**
     * Reads text from a reader (not closed).
     *
     * @param reader the text
     * @param source the name used in messages
     * @return the panels and the report
     * @throws MalformedDataException if the text is malformed (strict mode) or cannot form a panel
     * @throws IOException            if it cannot be read
     */
    ReadResult read(Reader reader, String source) throws IOException;

    /**
     * The encoding of files and streams.
     *
     * @return the charset: UTF-8 unless the format's options say otherwise
     */
    default Charset charset() {
        return StandardCharsets.UTF_8;
    }

    @Override
    default ReadResult read(Path path) throws IOException {
        Limits.checkSize(path, options().limits());
        try (Reader reader = Sources.open(path, charset())) {
            return read(reader, Sources.name(path));
        }
    }

    @Override
    default ReadResult read(InputStream in, String source) throws IOException {
        return read(Sources.open(Limits.bounded(in, options().limits(), source), charset(), source), source);
    }
}
