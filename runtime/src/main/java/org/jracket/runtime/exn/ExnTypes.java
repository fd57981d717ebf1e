package org.jracket.runtime.exn;

import java.util.Map;
import org.jracket.runtime.data.Struct;
import org.jracket.runtime.data.StructType;
import org.jracket.runtime.data.Symbol;

/**
 * Racket's built-in exception struct types, created once in Java so that primitives can
 * raise them; the Racket side exports them as {@code struct:exn}, {@code exn:fail?}, etc.
 */
public final class ExnTypes {
    private ExnTypes() {}

    private static StructType type(String name, StructType parent, int fields) {
        boolean[] imm = new boolean[fields];
        java.util.Arrays.fill(imm, true);
        // Exception types are transparent to the default inspector in Racket.
        return new StructType(Symbol.of(name), parent, fields, 0, Boolean.FALSE, Map.of(), Boolean.FALSE, null, imm, Boolean.FALSE);
    }

    /** exn: message, continuation-marks */
    public static final StructType EXN = type("exn", null, 2);
    public static final StructType FAIL = type("exn:fail", EXN, 0);
    public static final StructType CONTRACT = type("exn:fail:contract", FAIL, 0);
    public static final StructType ARITY = type("exn:fail:contract:arity", CONTRACT, 0);
    public static final StructType DIVIDE_BY_ZERO = type("exn:fail:contract:divide-by-zero", CONTRACT, 0);
    public static final StructType NON_FIXNUM = type("exn:fail:contract:non-fixnum-result", CONTRACT, 0);
    public static final StructType CONTINUATION = type("exn:fail:contract:continuation", CONTRACT, 0);
    /** + id */
    public static final StructType VARIABLE = type("exn:fail:contract:variable", CONTRACT, 1);
    /** + exprs */
    public static final StructType SYNTAX = type("exn:fail:syntax", FAIL, 1);
    public static final StructType SYNTAX_UNBOUND = type("exn:fail:syntax:unbound", SYNTAX, 0);
    public static final StructType SYNTAX_MISSING_MODULE = type("exn:fail:syntax:missing-module", SYNTAX, 1);
    /** + srclocs */
    public static final StructType READ = type("exn:fail:read", FAIL, 1);
    public static final StructType READ_EOF = type("exn:fail:read:eof", READ, 0);
    public static final StructType READ_NON_CHAR = type("exn:fail:read:non-char", READ, 0);
    public static final StructType FILESYSTEM = type("exn:fail:filesystem", FAIL, 0);
    public static final StructType FILESYSTEM_EXISTS = type("exn:fail:filesystem:exists", FILESYSTEM, 0);
    public static final StructType FILESYSTEM_VERSION = type("exn:fail:filesystem:version", FILESYSTEM, 0);
    /** + errno */
    public static final StructType FILESYSTEM_ERRNO = type("exn:fail:filesystem:errno", FILESYSTEM, 1);
    public static final StructType FILESYSTEM_MISSING_MODULE = type("exn:fail:filesystem:missing-module", FILESYSTEM, 1);
    public static final StructType NETWORK = type("exn:fail:network", FAIL, 0);
    public static final StructType OUT_OF_MEMORY = type("exn:fail:out-of-memory", FAIL, 0);
    public static final StructType UNSUPPORTED = type("exn:fail:unsupported", FAIL, 0);
    public static final StructType USER = type("exn:fail:user", FAIL, 0);
    /** raised by racket/generic for a method an instance does not implement */
    public static final StructType SUPPORT = type("exn:fail:support", FAIL, 0);
    /** + continuation */
    public static final StructType BREAK = type("exn:break", EXN, 1);
    public static final StructType BREAK_HANG_UP = type("exn:break:hang-up", BREAK, 0);
    public static final StructType BREAK_TERMINATE = type("exn:break:terminate", BREAK, 0);

    public static final StructType[] ALL = {
        EXN, FAIL, CONTRACT, ARITY, DIVIDE_BY_ZERO, NON_FIXNUM, CONTINUATION, VARIABLE, SYNTAX,
        SYNTAX_UNBOUND, SYNTAX_MISSING_MODULE, READ, READ_EOF, READ_NON_CHAR, FILESYSTEM,
        FILESYSTEM_EXISTS, FILESYSTEM_VERSION, FILESYSTEM_ERRNO, FILESYSTEM_MISSING_MODULE,
        NETWORK, OUT_OF_MEMORY, UNSUPPORTED, USER, SUPPORT, BREAK, BREAK_HANG_UP, BREAK_TERMINATE
    };

    public static boolean isExn(Object v) { return v instanceof Struct s && s.type.isSubtypeOf(EXN); }
}
