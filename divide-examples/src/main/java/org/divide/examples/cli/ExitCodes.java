package org.divide.examples.cli;

/** The exit codes of the {@code divide} command. */
public final class ExitCodes {

    /** Success. */
    public static final int OK = 0;
    /** An internal error (a bug): please report it with the output of {@code --debug}. */
    public static final int INTERNAL = 1;
    /** Bad usage: an unknown option, a missing or malformed argument. */
    public static final int USAGE = 2;
    /** Bad input: a malformed or unreadable file, data the requested measure rejects. */
    public static final int BAD_INPUT = 3;

    private ExitCodes() {
    }
}
