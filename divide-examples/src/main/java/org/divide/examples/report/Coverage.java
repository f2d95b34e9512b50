package org.divide.examples.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;

/**
 * The coverage rule of comparisons over time: a year is <em>well covered</em> when it has values
 * for at least {@value #SHARE} (80 %) of the economies of the best-covered year; the other years
 * are <em>thin</em> and are left out of trends, so that a change of sample is never drawn as a
 * change over time. The same rule picks the default year of a cross-section (the latest well-covered
 * year) in the command line's {@code Sample}.
 *
 * <p>Pure functions of the counts; the wording of the captions lives here too, so that every
 * output states the rule in the same words.
 */
public final class Coverage {

    /** The share of the best-covered year's economies a year needs to be well covered. */
    public static final double SHARE = 0.8;

    private Coverage() {
    }

    /**
     * The thin years: those with fewer values than {@link #SHARE} times the most in any year.
     *
     * @param counts the number of economies with a value, by year (ascending); not modified
     * @return the thin years, ascending; empty when every year is well covered
     */
    public static List<Integer> thin(SortedMap<Integer, Integer> counts) {
        int best = best(counts);
        List<Integer> thin = new ArrayList<>();
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            if (e.getValue() < SHARE * best) {
                thin.add(e.getKey());
            }
        }
        return thin;
    }

    /**
     * The most values in any year.
     *
     * @param counts the number of economies with a value, by year; not modified
     * @return the largest count, 0 when there is none
     */
    public static int best(SortedMap<Integer, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    /**
     * The rule in words, for captions: "80%".
     *
     * @return the share as a percentage
     */
    public static String percent() {
        return String.format(Locale.ROOT, "%d%%", Math.round(SHARE * 100));
    }

    /**
     * Years as ranges, such as "1960, 1965, 2000-2023".
     *
     * @param years the years, ascending
     * @return the text
     */
    public static String ranges(List<Integer> years) {
        return ranges(years, "–");
    }

    /**
     * Years as ranges with a given dash, such as "1960, 1965, 2000-2023" for a terminal.
     *
     * @param years the years, ascending
     * @param dash  the text between the ends of a range
     * @return the text
     */
    public static String ranges(List<Integer> years, String dash) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < years.size(); i++) {
            int start = years.get(i);
            while (i + 1 < years.size() && years.get(i + 1) == years.get(i) + 1) {
                i++;
            }
            b.append(b.length() == 0 ? "" : ", ").append(start).append(start == years.get(i) ? "" : dash + years.get(i));
        }
        return b.toString();
    }
}
