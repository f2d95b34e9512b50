package org.divide.spark;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;
import org.divide.metrics.inequality.Decomposition;

/**
 * The sum-based measures per group and overall, and the exact GE(α) between/within
 * decomposition for each α, all from one aggregation pass (the overall values and the
 * decompositions come from merging the groups' accumulators).
 *
 * @param overall        the measures of all the data
 * @param groups         the measures of each group, by label in ascending order; copied
 * @param decompositions the decomposition of GE(α) by α, as
 *                       {@link org.divide.metrics.inequality.GeneralizedEntropy#decompose(double[], double[],
 *                       String[])} gives it; copied
 */
public record GroupedSummary(Summary overall, SortedMap<String, Summary> groups,
        SortedMap<Double, Decomposition> decompositions) {

    /** Copies the maps. */
    public GroupedSummary {
        groups = Collections.unmodifiableSortedMap(new TreeMap<>(groups));
        decompositions = Collections.unmodifiableSortedMap(new TreeMap<>(decompositions));
    }
}
