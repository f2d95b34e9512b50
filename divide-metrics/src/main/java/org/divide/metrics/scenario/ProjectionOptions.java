package org.divide.metrics.scenario;

import java.util.Objects;

import org.divide.metrics.dynamics.GrowthMethod;

/**
 * The options of a projection ({@link DivideProjection}), immutable: {@code withDefaults().withX(..)}
 * returns a new object.
 *
 * @param method     how each economy's trend growth is measured over the window (default: the log-linear fit)
 * @param population how the weights of the projected years are found (default: the last observed, held
 *                   constant)
 * @param draws      bootstrap draws of the trends for a 5–95 % band of the trend and policy scenarios
 *                   (default 0: none)
 * @param seed       the seed of the draws
 * @param ceiling    the largest value a projection may reach (100 for a share in percent); projected values
 *                   above it are set to it (a base value above it is held). Default {@code +∞}: no ceiling
 * @param fillGaps   whether an economy missing in a well-covered year between two of its observations stays in
 *                   the sample, that year's value (and weight) filled by log-linear interpolation between its
 *                   neighbours (default {@code false}: it is left out)
 */
public record ProjectionOptions(GrowthMethod method, PopulationAssumption population, int draws, long seed,
        double ceiling, boolean fillGaps) {

    private static final long DEFAULT_SEED = 20260101L;

    /**
     * Checks the options.
     *
     * @throws IllegalArgumentException if a field is {@code null}, {@code draws} is negative or the ceiling not
     *                                  positive
     */
    public ProjectionOptions {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(population, "population");
        if (draws < 0) {
            throw new IllegalArgumentException("draws must be >= 0: " + draws);
        }
        if (!(ceiling > 0)) {
            throw new IllegalArgumentException("ceiling must be > 0: " + ceiling);
        }
    }

    /** {@return the defaults: the log-linear fit, constant population, no bootstrap, no ceiling} */
    public static ProjectionOptions withDefaults() {
        return new ProjectionOptions(GrowthMethod.FIT, PopulationAssumption.CONSTANT, 0, DEFAULT_SEED,
                Double.POSITIVE_INFINITY, false);
    }

    /**
     * @param value the growth method
     * @return a copy with it
     */
    public ProjectionOptions withMethod(GrowthMethod value) {
        return new ProjectionOptions(value, population, draws, seed, ceiling, fillGaps);
    }

    /**
     * @param value the population assumption
     * @return a copy with it
     */
    public ProjectionOptions withPopulation(PopulationAssumption value) {
        return new ProjectionOptions(method, value, draws, seed, ceiling, fillGaps);
    }

    /**
     * @param value the bootstrap draws, ≥ 0
     * @return a copy with them
     */
    public ProjectionOptions withDraws(int value) {
        return new ProjectionOptions(method, population, value, seed, ceiling, fillGaps);
    }

    /**
     * @param value the seed
     * @return a copy with it
     */
    public ProjectionOptions withSeed(long value) {
        return new ProjectionOptions(method, population, draws, value, ceiling, fillGaps);
    }

    /**
     * @param value the ceiling of the projected values, &gt; 0 ({@code +∞} for none)
     * @return a copy with it
     */
    public ProjectionOptions withCeiling(double value) {
        return new ProjectionOptions(method, population, draws, seed, value, fillGaps);
    }

    /**
     * @param value whether interior gaps in well-covered years are filled
     * @return a copy with it
     */
    public ProjectionOptions withFillGaps(boolean value) {
        return new ProjectionOptions(method, population, draws, seed, ceiling, value);
    }
}
