package org.jracket.runtime.prims;

import static org.junit.jupiter.api.Assertions.*;
import static org.jracket.runtime.prims.PrimTestSupport.*;

import org.junit.jupiter.api.Test;

class SmokeTest {
    @Test void tableBuildsWithoutDuplicates() {
        assertNotNull(PrimTestSupport.table().get("car"));
        assertNotNull(PrimTestSupport.table().get("make-struct-type"));
        assertNotNull(PrimTestSupport.table().get("exn:fail?"));
    }

    @Test void carOfNonPair() {
        assertEquals("car: contract violation\n  expected: pair?\n  given: 5", err("car", 5L));
        assertEquals("car: arity mismatch;\n the expected number of arguments does not match the given number\n  expected: 1\n  given: 2",
                err("car", 1L, 2L));
    }
}
