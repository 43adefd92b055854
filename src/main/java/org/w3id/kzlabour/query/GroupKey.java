package org.w3id.kzlabour.query;

import java.util.Arrays;

/**
 * A hash key for a row's codes: one code as an {@link Integer}, two packed into a {@link Long}, more
 * as an array compared by content. Codes identify terms within one query (see {@link RowColumn}).
 */
final class GroupKey {

    private static final Object EMPTY = new Object();

    private final int[] codes;
    private final int hash;

    private GroupKey(int[] codes) {
        this.codes = codes;
        this.hash = Arrays.hashCode(codes);
    }

    /** The key of {@code codes} (copied when it is kept). */
    static Object of(int[] codes) {
        return switch (codes.length) {
            case 0 -> EMPTY;
            case 1 -> codes[0];
            case 2 -> ((long) codes[0] << 32) | (codes[1] & 0xffffffffL);
            default -> new GroupKey(codes.clone());
        };
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GroupKey key && Arrays.equals(codes, key.codes);
    }

    @Override
    public int hashCode() {
        return hash;
    }
}
