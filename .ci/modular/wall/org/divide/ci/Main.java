package org.divide.ci;

/** Must not compile: an internal package of divide-metrics is exported to no one. */
public final class Main {

    static final Object INTERNAL = org.divide.metrics.internal.numeric.Logarithm.class;

    private Main() {
    }
}
