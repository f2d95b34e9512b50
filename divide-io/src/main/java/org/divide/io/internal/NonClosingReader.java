package org.divide.io.internal;

import java.io.FilterReader;
import java.io.Reader;

/** A reader whose {@code close()} leaves the wrapped reader open (for readers the caller owns). */
final class NonClosingReader extends FilterReader {

    NonClosingReader(Reader in) {
        super(in);
    }

    @Override
    public void close() {
        // the caller closes the wrapped reader
    }
}
