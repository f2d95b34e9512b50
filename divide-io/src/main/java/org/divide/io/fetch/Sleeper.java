package org.divide.io.fetch;

import java.time.Duration;

/** Waits between attempts; tests put one in that records the waits instead of sleeping. */
@FunctionalInterface
interface Sleeper {

    /** Sleeps on the calling thread. */
    Sleeper THREAD = d -> Thread.sleep(d.toMillis());

    /**
     * Waits.
     *
     * @param duration how long, not negative
     * @throws InterruptedException if the thread is interrupted while waiting
     */
    void sleep(Duration duration) throws InterruptedException;
}
