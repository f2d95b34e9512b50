package org.divide.io.fetch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A sleeper that records the waits asked for and returns at once, so that backoff tests run fast. */
final class RecordingSleeper implements Sleeper {

    private final List<Duration> waits = new ArrayList<>();

    @Override
    public synchronized void sleep(Duration duration) {
        waits.add(duration);
    }

    /**
     * The waits asked for so far.
     *
     * @return the waits, oldest first
     */
    synchronized List<Duration> waits() {
        return List.copyOf(waits);
    }
}
