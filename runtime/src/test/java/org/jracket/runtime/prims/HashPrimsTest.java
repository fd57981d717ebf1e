package org.jracket.runtime.prims;

import static org.junit.jupiter.api.Assertions.*;
import static org.jracket.runtime.prims.PrimTestSupport.*;

import org.jracket.runtime.data.Procedure;
import org.jracket.runtime.prims.hash.ImmutableHash;
import org.jracket.runtime.prims.hash.HashKind;
import org.jracket.runtime.prims.hash.MutableHash;
import org.junit.jupiter.api.Test;

class HashPrimsTest {
    @Test void immutableOps() {
        Object h = call("hash", sym("a"), 1L, sym("b"), 2L);
        assertEquals(2L, call("hash-ref", h, sym("b")));
        assertEquals(sym("none"), call("hash-ref", h, sym("zz"), sym("none")));
        assertEquals("hash-ref: no value found for key\n  key: 'b", err("hash-ref", call("hash", sym("a"), 1L), sym("b")));
        Object h2 = call("hash-set", h, sym("c"), 3L);
        assertEquals(3L, call("hash-count", h2));
        assertEquals(2L, call("hash-count", h));
        assertEquals(T, call("equal?", call("hash", sym("a"), 1L, sym("b"), 2L), call("hash", sym("b"), 2L, sym("a"), 1L)));
        assertEquals(F, call("equal?", call("make-hash"), call("hash")));
        assertEquals(1L, call("hash-ref", call("hash", str("x"), 1L), call("string", org.jracket.runtime.data.Char.of('x'))));
        Object h3 = call("hash-remove", h2, sym("a"));
        assertEquals(F, call("hash-has-key?", h3, sym("a")));
        assertEquals(T, call("hash-empty?", call("hash-clear", h3)));
    }

    @Test void hamtManyKeys() {
        ImmutableHash h = ImmutableHash.empty(HashKind.EQUAL);
        for (long i = 0; i < 5000; i++) h = h.set(i, i * 2);
        assertEquals(5000, h.count());
        for (long i = 0; i < 5000; i++) assertEquals(i * 2, h.get(i));
        for (long i = 0; i < 5000; i += 2) h = h.remove(i);
        assertEquals(2500, h.count());
        assertNull(h.get(4L));
        assertEquals(7L * 2, h.get(7L));
        int n = 0;
        for (int p = h.iterFirst(); p >= 0; p = h.iterNext(p)) n++;
        assertEquals(2500, n);
    }

    @Test void mutableOps() {
        Object h = call("make-hash");
        call("hash-set!", h, str("apple"), 5L);
        call("hash-update!", h, str("apple"), (Procedure) PrimTestSupport.table().get("vector"));
        assertEquals(T, call("vector?", call("hash-ref", h, str("apple"))));
        assertEquals(11L, call("hash-ref!", h, str("grape"), 11L));
        assertEquals(11L, call("hash-ref!", h, str("grape"), 99L));
        call("hash-remove!", h, str("apple"));
        assertEquals(1L, call("hash-count", h));
        assertTrue(err("hash-set!", call("hash"), sym("a"), 1L).startsWith(
                "hash-set!: contract violation\n  expected: (and/c hash? (not/c immutable?))\n  given: "));
        assertEquals("hash-update!: no value found for key: 'a", err("hash-update!", call("make-hash"), sym("a"), PrimTestSupport.table().get("list")));
        MutableHash m = new MutableHash(HashKind.EQ, false);
        for (long i = 0; i < 1000; i++) m.put(i, i);
        for (long i = 0; i < 1000; i += 3) m.remove(i);
        assertEquals(666, m.count());
        int first = m.iterFirst();
        assertEquals(1L, m.iterKey(first));
    }

    @Test void iteration() {
        Object h = call("make-hash", list(new org.jracket.runtime.data.Pair(sym("a"), 1L)));
        Object p = call("hash-iterate-first", h);
        assertEquals(sym("a"), call("hash-iterate-key", h, p));
        assertEquals(F, call("hash-iterate-next", h, p));
        assertEquals("hash-iterate-key: no element at index\n  index: 5", err("hash-iterate-key", h, 5L));
        assertEquals("hash: key does not have a value (i.e., an odd number of arguments were provided)\n  key: 'a",
                err("hash", sym("a")));
    }
}
