package org.divide.metrics.uncertainty;

/**
 * A deterministic model with uncertain inputs: a function {@code double[] inputs → double[] outputs}.
 * The inputs are the values of the {@link Input}s in their order (a choice input gives its index as
 * a {@code double}: 0.0, 1.0, …); the outputs are any fixed number of values, the same on every run.
 *
 * <p>The analysis calls {@link #evaluate(double[])} concurrently from several threads, so a model must
 * be thread-safe (stateless, or with thread-confined scratch space such as a {@link ThreadLocal}).
 * It must be deterministic — the same inputs give the same outputs — for the results to be
 * reproducible. It may keep neither array: the input array is fresh on every call and the returned
 * array is copied at once, so a model may return a reused buffer of its own thread.
 */
@FunctionalInterface
public interface Model {

    /**
     * Evaluates the model once.
     *
     * @param inputs the input values, one per {@link Input}, in order (read, never to be modified)
     * @return the outputs, of the same length on every call; a {@code NaN} output marks a run whose
     *         value is undefined and is treated as documented by the analysis
     */
    double[] evaluate(double[] inputs);
}
