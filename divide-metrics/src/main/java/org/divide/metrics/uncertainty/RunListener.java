package org.divide.metrics.uncertainty;

/**
 * Receives the progress of the model runs of an analysis. Calls come from worker threads, one at
 * a time, with {@link RunProgress#done()} increasing; a listener should return quickly. An
 * exception thrown by the listener stops the analysis and reaches the caller.
 */
@FunctionalInterface
public interface RunListener {

    /**
     * Reports progress.
     *
     * @param progress runs done, total, elapsed and estimated remaining time
     */
    void progress(RunProgress progress);
}
