package org.jracket.runtime.module.compiled;

import java.util.zip.CRC32C;

/**
 * Fingerprints: of a source file (a compiled file is used only if its source is unchanged;
 * CRC32C is an intrinsic, so checking every library source at start-up costs microseconds),
 * and of a unit (dependents record it, so they are used only with the very unit they
 * refer into).
 */
final class SourceHash {
    private SourceHash() {}

    static long of(byte[] source) {
        CRC32C c = new CRC32C();
        c.update(source);
        return c.getValue() ^ ((long) source.length << 32);
    }

    /** FNV-1a over the unit's body, mixed with its source hash. */
    static long stamp(byte[] body, long sourceHash) {
        long h = 0xcbf29ce484222325L ^ sourceHash;
        for (byte b : body) { h ^= b & 0xFF; h *= 0x100000001b3L; }
        return h;
    }
}
