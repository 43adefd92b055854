package org.w3id.kzlabour.query;

import java.util.Arrays;

/**
 * An open-addressing map from store ids (non-negative ints) to codes (ints), for remembering an
 * expression's result per id ({@link IdRows}).
 *
 * <p>Why hand-written: with {@code HashMap<Integer, Integer>} the boxing and {@code Integer.equals}
 * were 16 % of the samples of {@code GROUP BY (YEAR(?date))} over 48,780 events (JFR, issue 15).
 */
final class IdCodeMap {

    static final int ABSENT = Integer.MIN_VALUE;

    private int[] keys = new int[1024];
    private int[] values = new int[1024];
    private int size;

    IdCodeMap() {
        Arrays.fill(keys, -1);
    }

    /** The code remembered for {@code id}, or {@link #ABSENT}. */
    int get(int id) {
        int mask = keys.length - 1;
        for (int at = mix(id) & mask; ; at = (at + 1) & mask) {
            int key = keys[at];
            if (key == id)
                return values[at];
            if (key == -1)
                return ABSENT;
        }
    }

    /** Remembers {@code code} for {@code id} (ids are non-negative). */
    void put(int id, int code) {
        if (2 * (size + 1) > keys.length)
            grow();
        int mask = keys.length - 1;
        for (int at = mix(id) & mask; ; at = (at + 1) & mask) {
            if (keys[at] == id) {
                values[at] = code;
                return;
            }
            if (keys[at] == -1) {
                keys[at] = id;
                values[at] = code;
                size++;
                return;
            }
        }
    }

    int size() {
        return size;
    }

    void clear() {
        keys = new int[1024];
        values = new int[1024];
        Arrays.fill(keys, -1);
        size = 0;
    }

    private void grow() {
        int[] oldKeys = keys;
        int[] oldValues = values;
        keys = new int[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        Arrays.fill(keys, -1);
        size = 0;
        for (int i = 0; i < oldKeys.length; i++)
            if (oldKeys[i] != -1)
                put(oldKeys[i], oldValues[i]);
    }

    private static int mix(int id) {
        return id * 0x9E3779B9 ^ (id >>> 16);
    }
}
