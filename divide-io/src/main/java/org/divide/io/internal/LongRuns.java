package org.divide.io.internal;

import java.util.Arrays;

/**
 * The runs of a parsed chunk of a long file (rows of one economy and indicator, one after the
 * other), gathered by {@link LongCsvBytes}'s merge in file order and put into the collector
 * indicator by indicator ({@link #put}), so that the runs of one indicator land in its blocks of the
 * dense store ({@link DenseCells}) one after the other instead of each in another indicator's block.
 * The cells are the same in any order: each takes one record, and a repeat makes the fast path
 * decline whichever run comes first. Not thread-safe; one per read, reused chunk after chunk.
 */
final class LongRuns {

    private int count;
    private int[] start = new int[1024];
    private int[] length = new int[1024];
    private int[] economy = new int[1024];
    private int[] indicator = new int[1024];
    private int[] order = new int[1024];
    private int[] perIndicator = new int[0];

    /**
     * Notes a run.
     *
     * @param first     its first row in the chunk
     * @param rows      its number of rows
     * @param economy   its economy handle
     * @param indicator its indicator handle
     */
    void add(int first, int rows, int economy, int indicator) {
        if (count == start.length) {
            int n = 2 * count;
            start = Arrays.copyOf(start, n);
            length = Arrays.copyOf(length, n);
            this.economy = Arrays.copyOf(this.economy, n);
            this.indicator = Arrays.copyOf(this.indicator, n);
            order = Arrays.copyOf(order, n);
        }
        start[count] = first;
        length[count] = rows;
        this.economy[count] = economy;
        this.indicator[count++] = indicator;
    }

    /**
     * Puts the runs noted since the last call ({@link PanelCollector#putYears}), by indicator handle
     * (a counting sort; in file order when the runs are fewer than the indicators, where sorting
     * would cost more than it saves), and forgets them.
     *
     * @param k          the chunk's worker, which holds the years and values
     * @param c          the collector
     * @param indicators the number of indicators registered
     * @param lineBefore the lines before the chunk
     * @throws IllegalArgumentException as {@link PanelCollector#putYears}
     */
    void put(LongChunk k, PanelCollector c, int indicators, long lineBefore) {
        int[] runs = count > indicators ? sorted(indicators) : null;
        for (int j = 0; j < count; j++) {
            int x = runs == null ? j : runs[j];
            int r = start[x];
            c.putYears(economy[x], indicator[x], k.year, r, k.value, r, length[x], lineBefore + r + 1);
        }
        count = 0;
    }

    /** The runs ordered by indicator handle, in file order within one. */
    private int[] sorted(int indicators) {
        if (perIndicator.length < indicators + 1) {
            perIndicator = new int[indicators + 1];
        } else {
            Arrays.fill(perIndicator, 0, indicators + 1, 0);
        }
        for (int j = 0; j < count; j++) {
            perIndicator[indicator[j] + 1]++;
        }
        for (int i = 0; i < indicators; i++) {
            perIndicator[i + 1] += perIndicator[i];
        }
        for (int j = 0; j < count; j++) {
            order[perIndicator[indicator[j]]++] = j;
        }
        return order;
    }
}
