package org.divide.examples.cli;

/**
 * The {@code --verbose} option: the libraries' DEBUG diagnostics (skipped records, unknown
 * economies, aggregates kept apart, format decisions) on standard error.
 *
 * <p>slf4j-simple reads its levels once, when the first logger is created, so the option is
 * applied to the system properties before picocli parses the arguments and before any library
 * class is loaded; a system property overrides {@code simplelogger.properties}.
 */
final class Verbosity {

    /** The option's name. */
    static final String OPTION = "--verbose";

    /** The slf4j-simple property of the level of the loggers under {@code org.divide}. */
    static final String LEVEL_PROPERTY = "org.slf4j.simpleLogger.log.org.divide";

    private Verbosity() {
    }

    /**
     * Sets the level of the {@code org.divide} loggers to DEBUG if {@code args} hold
     * {@value #OPTION} before the end of the options ({@code --}).
     *
     * @param args the command-line arguments (not modified)
     * @return whether the option was given
     */
    static boolean apply(String[] args) {
        for (String arg : args) {
            if (arg.equals("--")) {
                return false;
            }
            if (arg.equals(OPTION)) {
                System.setProperty(LEVEL_PROPERTY, "debug");
                return true;
            }
        }
        return false;
    }
}
