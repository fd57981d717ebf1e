package org.jracket.runtime.regexp;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jracket.runtime.data.Bytes;
import org.jracket.runtime.data.MString;
import org.jracket.runtime.exn.Errors;
import org.jracket.runtime.io.InputPort;
import org.jracket.runtime.io.Path;
import org.jracket.runtime.prims.Args;

/** Checking and converting the pattern, input and offset arguments shared by the functions. */
final class Inputs {
    private Inputs() {}

    /** Patterns given as strings are compiled once and reused (loops often pass literals). */
    private static final Map<Object, Regexp> CACHE = new ConcurrentHashMap<>();

    static Regexp pattern(String who, Object v) {
        if (v instanceof Regexp r) return r;
        if (v instanceof MString s) {
            String key = s.toString();
            Regexp r = CACHE.get(key);
            if (r == null) {
                r = RegexpPrims.compileOrRaise("regexp", false, false, s.chars);
                if (CACHE.size() > 512) CACHE.clear();
                CACHE.put(key, r);
            }
            return r;
        }
        if (v instanceof Bytes b) {
            return RegexpPrims.compileOrRaise("byte-regexp", false, true, Regexp.toUnits(b.bytes));
        }
        throw Errors.contract(who, "(or/c regexp? byte-regexp? string? bytes?)", v);
    }

    static boolean isInput(Object v) {
        return v instanceof MString || v instanceof Bytes || v instanceof Path || v instanceof InputPort;
    }

    /** A string, byte string or path input as a subject (ports go through {@link #drain}). */
    static Subject subject(Regexp rx, Object input) {
        if (input instanceof MString s) return Subject.ofString(rx, s.chars);
        if (input instanceof Bytes b) return Subject.ofBytes(rx, b.bytes);
        return Subject.ofBytes(rx, ((Path) input).text.getBytes(StandardCharsets.UTF_8));
    }

    /** Input length in the units start/end arguments count: chars or bytes. */
    static int externalLength(Object input) {
        if (input instanceof MString s) return s.chars.length;
        if (input instanceof Bytes b) return b.bytes.length;
        return ((Path) input).text.getBytes(StandardCharsets.UTF_8).length;
    }

    /** The start argument (index into args, absent or #f means 0), checked against len. */
    static int start(String who, Object[] args, int idx, int len) {
        if (idx >= args.length) return 0;
        Object v = args[idx];
        if (!Args.isExactNonNegInteger(v)) throw Errors.contract(who, "exact-nonnegative-integer?", v);
        if (!(v instanceof Long l) || l > len) {
            throw Errors.arguments(who, "starting index is out of range", "starting index", v);
        }
        return (int) (long) l;
    }

    /** The end argument (absent or #f means len), checked against start and len. */
    static int end(String who, Object[] args, int idx, int start, int len) {
        if (idx >= args.length || args[idx] == Boolean.FALSE) return len;
        Object v = args[idx];
        if (!Args.isExactNonNegInteger(v)) throw Errors.contract(who, "(or/c exact-nonnegative-integer? #f)", v);
        if (!(v instanceof Long l) || l > len) {
            throw Errors.arguments(who, "ending index is out of range", "ending index", v, "starting index", (long) start);
        }
        if (l < start) {
            throw Errors.arguments(who, "ending index is smaller than starting index",
                    "ending index", v, "starting index", (long) start);
        }
        return (int) (long) l;
    }

    /** The input-prefix argument as units for rx, or null. */
    static int[] prefix(String who, Regexp rx, Object[] args, int idx) {
        if (idx >= args.length) return null;
        if (!(args[idx] instanceof Bytes b)) throw Errors.contract(who, "bytes?", args[idx]);
        return b.bytes.length == 0 ? null : Subject.prefixUnits(rx, b.bytes);
    }

    /** All bytes available from the port up to limit bytes (-1: to end of file), not consumed. */
    static byte[] drain(InputPort in, long limit) {
        ByteArrayOutputStream acc = new ByteArrayOutputStream();
        byte[] buf = new byte[4096];
        int skip = 0;
        while (limit < 0 || skip < limit) {
            int want = limit < 0 ? buf.length : (int) Math.min(buf.length, limit - skip);
            int n = in.peekBytes(buf, 0, want, skip);
            if (n <= 0) break;
            acc.write(buf, 0, n);
            skip += n;
        }
        return acc.toByteArray();
    }

    /** Consumes n bytes of the port. */
    static void consume(InputPort in, int n) {
        if (n > 0) in.readBytes(new byte[n], 0, n);
    }
}
