package org.divide.examples.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.divide.core.Economies;
import org.divide.core.Economy;
import org.divide.core.Grouping;

/**
 * What {@code --group} names, resolved the same way in every command: a built-in classification
 * ({@code wb-income}, the World Bank income groups of fiscal year {@code --group-year} or the
 * latest; {@code wb-region}), a text column of the data or a grouping of a COINr iData, or a file
 * of (economy, group) rows. Groups come in their natural order: income groups from low to high,
 * other labels in order of first appearance.
 */
final class Groups {

    /** The built-in income classification. */
    static final String WB_INCOME = "wb-income";

    /** The built-in regions. */
    static final String WB_REGION = "wb-region";

    /** The description of {@code --group} for every command. */
    static final String HELP = "The grouping: wb-income (World Bank income groups; --group-year for a past fiscal"
            + " year), wb-region, a text column of the data (or a group column of COINr iData), or a CSV file of"
            + " economy,group rows. Groups are listed in natural order (income low to high).";

    /** The description of {@code --group-year}. */
    static final String YEAR_HELP = "With --group wb-income: the fiscal year of the classification, "
            + Economies.FIRST_FISCAL_YEAR + "-" + Economies.FISCAL_YEAR + " (default: " + Economies.FISCAL_YEAR + ").";

    private Groups() {
    }

    /**
     * Resolves {@code --group}.
     *
     * @param name      what the user gave
     * @param groupYear the fiscal year for {@code wb-income}, or {@code null} for the latest
     * @param data      the data, whose columns may be named
     * @return the grouping, labels in natural order
     * @throws IOException if a grouping file cannot be read
     * @throws IllegalArgumentException if nothing of that name exists, listing what does
     */
    static Grouping resolve(String name, Integer groupYear, Dataset data) throws IOException {
        Economies registry = Economies.worldBank();
        if (groupYear != null && !name.equalsIgnoreCase(WB_INCOME)) {
            throw new IllegalArgumentException("--group-year goes with --group " + WB_INCOME);
        }
        if (name.equalsIgnoreCase(WB_INCOME)) {
            return groupYear == null ? renamed(registry.incomeGroups(), WB_INCOME)
                    : incomeGroups(registry, groupYear, data);
        }
        if (name.equalsIgnoreCase(WB_REGION)) {
            return renamed(registry.regions(), WB_REGION);
        }
        Grouping column = data == null ? null : data.grouping(name);
        if (column != null) {
            return column;
        }
        Path file = Path.of(name);
        if (Files.isRegularFile(file)) {
            return fromFile(new DataInput(name, file, null));
        }
        throw new IllegalArgumentException("--group " + name + ": no such grouping; use " + WB_INCOME + ", "
                + WB_REGION + (data == null || data.groupings().isEmpty() ? ""
                        : ", a column of the data (" + String.join(", ", data.groupings().keySet()) + ")")
                + " or a CSV file of economy,group rows");
    }

    private static Grouping incomeGroups(Economies registry, int fiscalYear, Dataset data) {
        Map<String, String> labels = new LinkedHashMap<>();
        List<Economy> economies = data == null ? registry.classified() : data.economies();
        for (Economy e : economies) {
            if (registry.find(e.code()).isPresent()) {
                registry.incomeGroup(e.code(), fiscalYear).ifPresent(l -> labels.put(e.code(), l));
            }
        }
        return ordered(Grouping.of(WB_INCOME + " FY" + fiscalYear, labels));
    }

    private static Grouping renamed(Grouping grouping, String name) {
        return Grouping.of(name, grouping.asMap()).withLabelOrder(grouping.labels());
    }

    private static Grouping fromFile(DataInput input) throws IOException {
        EconomyTable.Read table = EconomyTable.read(input, null, null);
        Optional<Map.Entry<String, Map<String, String>>> first = table.attributes().entrySet().stream().findFirst();
        if (first.isEmpty()) {
            throw new IllegalArgumentException(input.source() + ": a grouping file needs a column of economies and"
                    + " one of group labels");
        }
        return ordered(Grouping.of(first.get().getKey(), first.get().getValue()));
    }

    /**
     * A grouping with its labels in natural order: income groups (named "Low income" ... "High
     * income", or coded L, LM, UM, H, LIC, LMC, UMC, HIC) from low to high; others as they are.
     *
     * @param grouping the grouping
     * @return the grouping, reordered when its labels are income groups
     */
    static Grouping ordered(Grouping grouping) {
        List<String> order = naturalOrder(grouping.labels());
        return order.equals(grouping.labels()) ? grouping : grouping.withLabelOrder(order);
    }

    /**
     * Labels in natural order: income groups from low to high; other labels as given.
     *
     * @param labels the labels, each once
     * @return the labels in order
     */
    static List<String> naturalOrder(List<String> labels) {
        List<List<String>> income = List.of(List.of("low", "l", "lic"), List.of("lower middle", "lm", "lmc"),
                List.of("upper middle", "um", "umc"), List.of("high", "h", "hic"));
        Map<String, Integer> rank = new HashMap<>();
        for (String label : labels) {
            String k = label.strip().toLowerCase(Locale.ROOT).replace(" income", "");
            for (int i = 0; i < income.size(); i++) {
                if (income.get(i).contains(k)) {
                    rank.put(label, i);
                }
            }
            if (!rank.containsKey(label)) {
                return labels;
            }
        }
        List<String> sorted = new ArrayList<>(labels);
        sorted.sort(Comparator.comparing(rank::get));
        return sorted;
    }

    /**
     * The default grouping of the outputs by group (the report, the index over time): the World
     * Bank income groups when most economies are countries the registry classifies, else none.
     *
     * @param groupings the groupings available, by name (the registry's under {@value #WB_INCOME})
     * @param economies the economies shown
     * @return the income groups, or {@code null}
     */
    static Grouping incomeIfCountries(Map<String, Grouping> groupings, Collection<String> economies) {
        Grouping income = groupings.get(WB_INCOME);
        if (income == null) {
            return null;
        }
        long known = economies.stream().filter(c -> income.label(c).isPresent()).count();
        return known * 2 >= economies.size() ? income : null;
    }
}
