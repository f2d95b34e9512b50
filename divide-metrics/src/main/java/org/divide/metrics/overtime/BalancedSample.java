package org.divide.metrics.overtime;

import java.util.List;

/**
 * The economies on which convergence is measured: those with a score at each of the nodes in
 * every year, so that every year's dispersion is taken over the same economies and a change in
 * who is scored is not read as convergence.
 *
 * @param economies the economies kept, in the series' order
 * @param years     the years (every year built)
 * @param nodes     the nodes required
 * @param leftOut   how many economies scored in some year were left out
 */
public record BalancedSample(List<String> economies, int[] years, List<String> nodes, int leftOut) {

    /** Copies the lists and the array. */
    public BalancedSample {
        economies = List.copyOf(economies);
        years = years.clone();
        nodes = List.copyOf(nodes);
    }

    /** {@return the years (a copy)} */
    @Override
    public int[] years() {
        return years.clone();
    }

    /**
     * The sample in words.
     *
     * @return "41 economies with a score at AIF, DI, HC in every year 2015–2021 (3 left out)"
     */
    public String statement() {
        return economies.size() + " economies with a score at " + String.join(", ", nodes) + " in every year "
                + years[0] + "–" + years[years.length - 1] + " (" + leftOut + " left out)";
    }
}
