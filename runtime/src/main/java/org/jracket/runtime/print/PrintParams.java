package org.jracket.runtime.print;

import org.jracket.runtime.data.Primitive;
import org.jracket.runtime.eval.Parameter;

/** Printer parameters ({@code print-as-expression}, ...); values are read at each print. */
public final class PrintParams {
    private PrintParams() {}

    /** Racket's parameter guards for boolean-ish print parameters accept any value. */
    private static Primitive truthy(String name) {
        return Primitive.of1(name, v -> v == Boolean.FALSE ? Boolean.FALSE : Boolean.TRUE);
    }

    public static final Parameter PRINT_AS_EXPRESSION =
        new Parameter("print-as-expression", Boolean.TRUE, truthy("print-as-expression"));
    public static final Parameter PRINT_PAIR_CURLY_BRACES =
        new Parameter("print-pair-curly-braces", Boolean.FALSE, truthy("print-pair-curly-braces"));
    public static final Parameter PRINT_MPAIR_CURLY_BRACES =
        new Parameter("print-mpair-curly-braces", Boolean.TRUE, truthy("print-mpair-curly-braces"));
    public static final Parameter PRINT_BOOLEAN_LONG_FORM =
        new Parameter("print-boolean-long-form", Boolean.FALSE, truthy("print-boolean-long-form"));

    /** #f: boxes print as #<box>. */
    public static final Parameter PRINT_BOX = new Parameter("print-box", Boolean.TRUE, truthy("print-box"));
    /** #f: hash tables print as #<hash>. */
    public static final Parameter PRINT_HASH_TABLE =
        new Parameter("print-hash-table", Boolean.TRUE, truthy("print-hash-table"));
    /** #f: structs without a custom writer print as #<name>, as opaque ones do. */
    public static final Parameter PRINT_STRUCT = new Parameter("print-struct", Boolean.TRUE, truthy("print-struct"));
    /** #t: write abbreviates quote forms ('x) as print does; display never does. */
    public static final Parameter PRINT_READER_ABBREVIATIONS =
        new Parameter("print-reader-abbreviations", Boolean.FALSE, truthy("print-reader-abbreviations"));

    /** How many characters ~.a/~.s/~.v (and error messages) show of a value. */
    public static final Parameter ERROR_PRINT_WIDTH = new Parameter("error-print-width", 256L,
        Primitive.of1("error-print-width", v -> {
            if (v instanceof Long l && l >= 3) return v;
            throw org.jracket.runtime.exn.Errors.contract("error-print-width", "(and/c exact-integer? (>=/c 3))", v);
        }));

    /**
     * How many context lines an error display shows. This runtime shows no stack context, but
     * 0 also hides a syntax error's "location...:" lines, as in Racket.
     */
    public static final Parameter ERROR_PRINT_CONTEXT_LENGTH = new Parameter("error-print-context-length", 16L,
        Primitive.of1("error-print-context-length", v -> {
            if ((v instanceof Long l && l >= 0) || v instanceof java.math.BigInteger b && b.signum() > 0) return v;
            throw org.jracket.runtime.exn.Errors.contract("error-print-context-length", "exact-nonnegative-integer?", v);
        }));

    static boolean isOn(Parameter p) { return p.get() != Boolean.FALSE; }
}
