package org.divide.core;

/** Argument checks shared by the model types; messages name the argument and the value. */
final class Checks {

    private Checks() {
    }

    /**
     * Checks that a code is non-null, non-blank and carries no surrounding white space.
     *
     * @param what  the argument's name, used in the message
     * @param value the code
     * @return the code
     */
    static String code(String what, String value) {
        if (value == null) {
            throw new IllegalArgumentException(what + " is null");
        }
        if (value.isBlank()) {
            throw new IllegalArgumentException(what + " is blank: '" + value + "'");
        }
        if (!value.strip().equals(value)) {
            throw new IllegalArgumentException(what + " has leading or trailing white space: '" + value + "'");
        }
        return value;
    }

    /**
     * Checks that a value is finite and not negative.
     *
     * @param what  the argument's name, used in the message
     * @param value the value
     * @return the value
     */
    static double nonNegativeFinite(String what, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(what + " must be finite and >= 0: " + value);
        }
        return value;
    }
}
