package org.divide.metrics.inference;

/**
 * Receives progress of a long computation: how many of the units of work are done. Calls come from
 * worker threads, one at a time, with {@code done} increasing up to {@code total}; a listener should
 * return quickly.
 */
@FunctionalInterface
public interface ProgressListener {

    /**
     * Reports progress.
     *
     * @param done  units of work finished
     * @param total units of work in all
     */
    void progress(int done, int total);
}
