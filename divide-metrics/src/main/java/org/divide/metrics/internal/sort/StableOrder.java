package org.divide.metrics.internal.sort;

/**
 * The stable ascending order of the indices of a key: a merge sort of an index array (insertion
 * sort below 17 elements, a skipped merge when the halves are already in order), O(n log n) time,
 * no boxing, one scratch {@code int} array. Ties keep their input order, which {@link SortedOrder}
 * (whose runs of equal keys may end in any order) does not promise; the concentration measures
 * need it for "largest first, ties in input order". Not API.
 */
public final class StableOrder {

    private static final int INSERTION = 16;

    private StableOrder() {
    }

    /**
     * Returns the indices that sort a key ascending, ties in input order.
     *
     * @param key the sort key, no {@code NaN} (not modified)
     * @return the permutation: {@code key[order[0]] <= key[order[1]] <= ...}
     */
    public static int[] ascending(double[] key) {
        int n = key.length;
        int[] index = new int[n];
        for (int i = 0; i < n; i++) {
            index[i] = i;
        }
        mergeSort(index, new int[n], 0, n, key);
        return index;
    }

    private static void mergeSort(int[] a, int[] tmp, int from, int to, double[] key) {
        if (to - from <= INSERTION) {
            for (int i = from + 1; i < to; i++) {
                int v = a[i];
                int j = i - 1;
                while (j >= from && key[a[j]] > key[v]) {
                    a[j + 1] = a[j];
                    j--;
                }
                a[j + 1] = v;
            }
            return;
        }
        int mid = (from + to) >>> 1;
        mergeSort(a, tmp, from, mid, key);
        mergeSort(a, tmp, mid, to, key);
        if (key[a[mid - 1]] <= key[a[mid]]) {
            return;
        }
        System.arraycopy(a, from, tmp, from, to - from);
        int i = from;
        int j = mid;
        for (int k = from; k < to; k++) {
            if (j >= to || (i < mid && key[tmp[i]] <= key[tmp[j]])) {
                a[k] = tmp[i++];
            } else {
                a[k] = tmp[j++];
            }
        }
    }
}
