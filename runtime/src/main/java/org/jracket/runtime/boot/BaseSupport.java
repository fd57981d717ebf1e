package org.jracket.runtime.boot;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jracket.runtime.data.Bytes;
import org.jracket.runtime.data.MString;
import org.jracket.runtime.data.MVector;
import org.jracket.runtime.data.Primitive;
import org.jracket.runtime.io.KernelAccess;
import org.jracket.runtime.module.PrimitiveModules;
import org.jracket.runtime.num.Arith;
import org.jracket.runtime.prims.PrimitiveTable;

/**
 * '#%base-support: the Java halves of racket/base functions written in Racket
 * (collects/racket/private/date.rkt and misc-fns.rkt), kept out of '#%kernel so that they
 * are not racket/base exports themselves.
 */
final class BaseSupport {
    private BaseSupport() {}

    private static final DateTimeFormatter ZONE_NAME = DateTimeFormatter.ofPattern("zzz", Locale.US);

    static void register() {
        PrimitiveTable t = new PrimitiveTable("#%base-support");
        // (date-fields secs local?) -> #(sec min hour day month year week-day year-day dst? offset nanos zone-name)
        t.add(Primitive.of2("date-fields", (secs, local) -> {
            double d = Arith.toDouble(secs);
            long whole = (long) Math.floor(d);
            long nanos = secs instanceof Long ? 0 : Math.round((d - whole) * 1e9);
            if (nanos >= 1_000_000_000L) { whole++; nanos -= 1_000_000_000L; }
            Instant at = Instant.ofEpochSecond(whole, nanos);
            ZoneId zone = local != Boolean.FALSE ? guestZone() : ZoneId.of("UTC");
            ZonedDateTime z = at.atZone(zone);
            boolean dst = zone.getRules().isDaylightSavings(at);
            String name = local != Boolean.FALSE ? z.format(ZONE_NAME) : "UTC";
            return new MVector(new Object[] {
                (long) z.getSecond(), (long) z.getMinute(), (long) z.getHour(), (long) z.getDayOfMonth(),
                (long) z.getMonthValue(), (long) z.getYear(), (long) (z.getDayOfWeek().getValue() % 7),
                (long) (z.getDayOfYear() - 1), dst, (long) z.getOffset().getTotalSeconds(), nanos,
                MString.immutable(name)}, false);
        }));
        // (digest algorithm-name bytes) -> the digest of the whole byte string
        t.add(Primitive.of2("digest", (alg, b) -> {
            try {
                return new Bytes(MessageDigest.getInstance(alg.toString()).digest(((Bytes) b).bytes), false);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("digest " + alg + " is missing from this JDK", e);
            }
        }));
        // (ordered-pairs h) -> the entries as pairs, in the order printing shows them (try-order?)
        t.add(Primitive.of1("ordered-pairs", h -> {
            Object[] kv = ((org.jracket.runtime.print.PrintableHash) h).hashPrintEntries();
            Object list = org.jracket.runtime.data.Null.NULL;
            for (int i = kv.length - 2; i >= 0; i -= 2) list = new org.jracket.runtime.data.Pair(new org.jracket.runtime.data.Pair(kv[i], kv[i + 1]), list);
            return list;
        }));
        PrimitiveModules.register(t);
    }

    /** The guest's TZ when it names a zone the JDK knows, else the host's zone. */
    private static ZoneId guestZone() {
        String tz = KernelAccess.syscalls().getenv("TZ");
        if (tz != null && !tz.isEmpty()) {
            try {
                return ZoneId.of(tz.startsWith(":") ? tz.substring(1) : tz);
            } catch (java.time.DateTimeException e) {
                // an unknown TZ: C's localtime falls back to UTC
                return ZoneId.of("UTC");
            }
        }
        return ZoneId.systemDefault();
    }
}
