package org.divide.examples.cli;

import java.util.Collection;
import java.util.stream.Collectors;

/**
 * The wording shared by the commands' notes on standard error: short lists of codes and the
 * economies a selection leaves out, so that every command says it the same way.
 */
final class Notes {

    /** How many codes a note lists before "...". */
    static final int LISTED = 5;

    private Notes() {
    }

    /**
     * The first codes, then "..." when there are more.
     *
     * @param codes the codes, in the order to list them
     * @return "AFE, AFW, ARB, CEB, CSS, ..."
     */
    static String listed(Collection<String> codes) {
        String head = codes.stream().limit(LISTED).collect(Collectors.joining(", "));
        return codes.size() > LISTED ? head + ", ..." : head;
    }

    /**
     * The aggregates and unknown economies of a selection, as "47 World Bank aggregates (AFE, ...)
     * and 1 unknown economy (ATL)".
     *
     * @param aggregates the aggregates' codes
     * @param unknown    the unknown economies
     * @return the text, empty when both are empty
     */
    static String aggregatesAndUnknown(Collection<String> aggregates, Collection<String> unknown) {
        return (aggregates.isEmpty() ? "" : aggregates.size() + " World Bank aggregate"
                + (aggregates.size() == 1 ? "" : "s") + " (" + listed(aggregates) + ")")
                + (aggregates.isEmpty() || unknown.isEmpty() ? "" : " and ")
                + (unknown.isEmpty() ? "" : unknown.size() + " unknown econom" + (unknown.size() == 1 ? "y" : "ies")
                        + " (" + listed(unknown) + ")");
    }

    /**
     * The note of the economies left out for want of a group.
     *
     * @param ungrouped the economies without a label
     * @param grouping  the grouping's name
     * @return "left out 2 economies without a group in wb-income (ETH, VEN)"
     */
    static String withoutGroup(Collection<String> ungrouped, String grouping) {
        return "left out " + ungrouped.size() + " econom" + (ungrouped.size() == 1 ? "y" : "ies")
                + " without a group in " + grouping + " (" + listed(ungrouped) + ")";
    }
}
