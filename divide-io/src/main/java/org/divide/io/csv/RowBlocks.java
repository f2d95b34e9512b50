package org.divide.io.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.stream.IntStream;

/**
 * Formats the rows of a panel's economies on all cores for large panels, writing them in order.
 *
 * <p>The economies are cut into blocks of about {@link #BLOCK_CELLS} cells; a window of blocks
 * (two per core, at most {@link #MAX_WINDOW}) is formatted in parallel (a parallel stream: the
 * common fork-join pool and the calling thread), each block into its own in-memory
 * {@link CsvSink}, then the window's blocks are written in order, and so on. The bytes are those
 * of one thread writing everything (each row depends only on its own cells); memory beyond the
 * panel is the window, about 2.5 MiB a block.
 * Below {@link #PARALLEL_CELLS} cells, or on one core, everything is written on the calling
 * thread.
 */
final class RowBlocks {

    /** Panels with at least this many cells are formatted on all cores. */
    static final long PARALLEL_CELLS = 1L << 20;
    /** Cells in a block (about 1–3 MiB of text). */
    static final long BLOCK_CELLS = 1L << 16;
    /** The most blocks formatted at once. */
    static final int MAX_WINDOW = 32;
    /** Bytes first reserved per cell of a block (a long CSV row of a 17-digit value is about 35). */
    private static final int BYTES_PER_CELL = 40;

    /** Writes the rows of a range of economies. */
    @FunctionalInterface
    interface Rows {
        /**
         * Writes the rows of economies {@code from} (inclusive) to {@code to} (exclusive).
         *
         * @param from the first economy
         * @param to   the economy after the last
         * @param out  where to write
         * @throws IOException if writing fails
         */
        void write(int from, int to, CsvSink out) throws IOException;
    }

    private RowBlocks() {
    }

    /**
     * Writes the rows of all economies, then flushes.
     *
     * @param economies        the number of economies
     * @param cellsPerEconomy  the cells written per economy
     * @param out              where to write
     * @param rows             the row writer; called from several threads at once for large panels
     * @throws IOException if writing fails
     */
    static void write(int economies, long cellsPerEconomy, CsvSink out, Rows rows) throws IOException {
        int cores = Runtime.getRuntime().availableProcessors();
        if (cores < 2 || economies * cellsPerEconomy < PARALLEL_CELLS) {
            rows.write(0, economies, out);
            out.flush();
            return;
        }
        int per = (int) Math.max(1, BLOCK_CELLS / Math.max(1, cellsPerEconomy));
        int blocks = (economies + per - 1) / per;
        int window = Math.min(2 * cores, MAX_WINDOW);
        int capacity = (int) Math.min(per * cellsPerEconomy * BYTES_PER_CELL, 1 << 24);
        for (int first = 0; first < blocks; first += window) {
            CsvSink[] done = IntStream.range(first, Math.min(blocks, first + window)).parallel()
                    .mapToObj(b -> block(out.inMemory(capacity), rows, b * per, Math.min(economies, (b + 1) * per)))
                    .toArray(CsvSink[]::new);
            for (CsvSink block : done) {
                out.append(block);
            }
        }
        out.flush();
    }

    private static CsvSink block(CsvSink block, Rows rows, int from, int to) {
        try {
            rows.write(from, to, block);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // an in-memory sink does not throw
        }
        return block;
    }
}
