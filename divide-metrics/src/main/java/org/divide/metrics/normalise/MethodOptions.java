package org.divide.metrics.normalise;

import org.divide.core.spec.NormaliseMethod;
import org.divide.core.spec.NormaliseMethod.DistanceToReference;
import org.divide.core.spec.NormaliseMethod.DistanceToTarget;
import org.divide.core.spec.NormaliseMethod.Goalposts;
import org.divide.core.spec.NormaliseMethod.Ranged;
import org.divide.core.spec.NormaliseMethod.ZScore;

/**
 * The options of a {@link NormaliseMethod} record as {@link Normalisation} reads and changes them:
 * a copy with another cap or truncation, the ends of the output range, and the check that a
 * method takes an option at all (the message names the method by its COINr function).
 */
final class MethodOptions {

    private MethodOptions() {
    }

    /**
     * The method as the kind that takes an option.
     *
     * @param <T>    the kind
     * @param method the method
     * @param kind   the kind's class
     * @param what   the option, for the message
     * @return the method, cast
     * @throws IllegalArgumentException if the method is not of that kind
     */
    static <T extends NormaliseMethod> T as(NormaliseMethod method, Class<T> kind, String what) {
        require(method, kind.isInstance(method), what);
        return kind.cast(method);
    }

    /**
     * Fails unless the method takes an option.
     *
     * @param method the method
     * @param ok     whether it takes the option
     * @param what   the option, for the message
     * @throws IllegalArgumentException if {@code ok} is false
     */
    static void require(NormaliseMethod method, boolean ok, String what) {
        if (!ok) {
            throw new IllegalArgumentException(method.coinrName() + " takes no " + what);
        }
    }

    /**
     * A distance to a reference or target with another cap.
     *
     * @param method the method
     * @param cap    whether scores beyond the reference or target are capped at 1
     * @return the copy
     * @throws IllegalArgumentException unless the method is a distance to a reference or target
     */
    static NormaliseMethod withCap(NormaliseMethod method, boolean cap) {
        if (method instanceof DistanceToReference r) {
            return new DistanceToReference(r.economy(), cap, r.range());
        }
        DistanceToTarget t = as(method, DistanceToTarget.class, "a cap");
        return new DistanceToTarget(t.target(), cap, t.range());
    }

    /**
     * Goalposts with another truncation.
     *
     * @param method   the method
     * @param truncate whether scores are truncated to [0, 1]
     * @return the copy
     * @throws IllegalArgumentException unless the method is goalposts
     */
    static Goalposts withTruncation(NormaliseMethod method, boolean truncate) {
        Goalposts g = as(method, Goalposts.class, "truncation");
        return new Goalposts(g.low(), g.high(), truncate, g.range());
    }

    /**
     * The lower end of the output range; for a z-score the target mean; 0 without a range.
     *
     * @param method the method
     * @return the lower end
     */
    static double lower(NormaliseMethod method) {
        if (method instanceof ZScore z) {
            return z.mean();
        }
        return method instanceof Ranged r ? r.range().lower() : 0;
    }

    /**
     * The upper end of the output range; for a z-score the target standard deviation; 1 without a
     * range.
     *
     * @param method the method
     * @return the upper end
     */
    static double upper(NormaliseMethod method) {
        if (method instanceof ZScore z) {
            return z.sd();
        }
        return method instanceof Ranged r ? r.range().upper() : 1;
    }
}
