package org.divide.spark;

import java.util.function.Supplier;

/**
 * Runs a Spark action and gives back an {@link IllegalArgumentException} thrown on an executor
 * as an {@link IllegalArgumentException} on the driver (Spark wraps task failures in its own
 * exceptions), with the Spark exception as the cause.
 */
final class SparkFailures {

    private SparkFailures() {
    }

    /**
     * @param action the action
     * @param <T>    its result type
     * @return its result
     * @throws IllegalArgumentException if the action failed because of one
     */
    static <T> T run(Supplier<T> action) {
        try {
            return action.get();
        } catch (IllegalArgumentException e) {
            throw e;
        } catch (RuntimeException e) {
            throw unwrap(e, e);
        } catch (Exception e) { // SparkException is checked in Java but thrown from Scala code
            RuntimeException r = unwrap(e, null);
            throw r != null ? r : new IllegalStateException(e.getMessage(), e);
        }
    }

    private static RuntimeException unwrap(Exception e, RuntimeException otherwise) {
        for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof IllegalArgumentException) {
                return new IllegalArgumentException(t.getMessage(), e);
            }
        }
        return otherwise;
    }
}
