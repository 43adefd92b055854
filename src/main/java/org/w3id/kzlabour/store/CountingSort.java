package org.w3id.kzlabour.store;

/**
 * Stable counting sort of positions by an integer key below a known bound: O(n + keys), no boxing.
 * Used to build the orders of {@link CompactGraph}: sorting by the last key first and the first key
 * last gives a lexicographic order, because each pass keeps the order of equal keys.
 */
final class CountingSort {

    private CountingSort() {}

    /** {@code positions} reordered by {@code keys[position]} (each in [0, keyBound)), ties in their given order. */
    static int[] stable(int[] positions, int[] keys, int keyBound) {
        int[] next = new int[keyBound + 1];
        for (int position : positions)
            next[keys[position] + 1]++;
        for (int k = 0; k < keyBound; k++)
            next[k + 1] += next[k];
        int[] sorted = new int[positions.length];
        for (int position : positions)
            sorted[next[keys[position]]++] = position;
        return sorted;
    }
}
