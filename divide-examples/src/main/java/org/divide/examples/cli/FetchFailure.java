package org.divide.examples.cli;

import java.io.IOException;

/**
 * A fetch from a provider that failed: the fetch layer's one-line message (the redacted URL first,
 * then what went wrong and, in brackets, what to do), with the advice in the command's option
 * names ({@link FetchOptions#advice}). {@link ErrorHandler} shows it whole up to
 * {@value ErrorHandler#MAX_FETCH_LINE} characters, since a provider's URL alone can take most of
 * an ordinary line.
 */
final class FetchFailure extends IOException {

    private static final long serialVersionUID = 1L;

    /**
     * The failure of a fetch.
     *
     * @param cause the fetch layer's exception
     */
    FetchFailure(IOException cause) {
        super(FetchOptions.advice(String.valueOf(cause.getMessage())), cause);
    }
}
