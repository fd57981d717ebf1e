package org.jracket.runtime.prims;

import org.jracket.runtime.data.StructProperty;
import org.jracket.runtime.data.Symbol;

/**
 * The struct-type properties built into the kernel. They are plain {@link StructProperty}
 * objects; the evaluator, printer and {@link Equality} look them up on a struct's type
 * with {@code type.prop(StructProps.X)} (null when absent).
 *
 * <ul>
 *   <li>{@link #PROCEDURE}: value is a procedure (called with the struct prepended) or a
 *       Long field index whose field holds the procedure (see {@link StructPrims#applicableProcedure}).
 *   <li>{@link #EQUAL_HASH}: value is a list (equal-proc hash-proc hash2-proc).
 *   <li>{@link #CUSTOM_WRITE}: value is a procedure (v port mode).
 * </ul>
 */
public final class StructProps {
    private StructProps() {}

    private static StructProperty prop(String name) {
        return new StructProperty(Symbol.of(name), Boolean.FALSE, org.jracket.runtime.data.Null.NULL);
    }

    public static final StructProperty PROCEDURE = prop("prop:procedure");
    public static final StructProperty CUSTOM_WRITE = prop("prop:custom-write");
    public static final StructProperty CUSTOM_PRINT_QUOTABLE = prop("prop:custom-print-quotable");
    public static final StructProperty EQUAL_HASH = prop("prop:equal+hash");
    public static final StructProperty EVT = prop("prop:evt");
    public static final StructProperty OBJECT_NAME = prop("prop:object-name");
    public static final StructProperty EXN_SRCLOCS = prop("prop:exn:srclocs");
    public static final StructProperty INPUT_PORT = prop("prop:input-port");
    public static final StructProperty OUTPUT_PORT = prop("prop:output-port");
    public static final StructProperty AUTHENTIC = prop("prop:authentic");
    public static final StructProperty CHECKED_PROCEDURE = prop("prop:checked-procedure");
    public static final StructProperty IMPERSONATOR_OF = prop("prop:impersonator-of");
    public static final StructProperty METHOD_ARITY_ERROR = prop("prop:method-arity-error");
    public static final StructProperty ARITY_STRING = prop("prop:arity-string");
    public static final StructProperty INCOMPLETE_ARITY = prop("prop:incomplete-arity");
    public static final StructProperty SEALED = prop("prop:sealed");

    static {
        // The printer reads these two through its hooks so that it need not depend on prims.
        org.jracket.runtime.print.PrintHooks.customWrite = CUSTOM_WRITE;
        org.jracket.runtime.print.PrintHooks.customPrintQuotable = CUSTOM_PRINT_QUOTABLE;
    }

    public static final StructProperty[] ALL = {
        PROCEDURE, CUSTOM_WRITE, CUSTOM_PRINT_QUOTABLE, EQUAL_HASH, EVT, OBJECT_NAME, EXN_SRCLOCS,
        INPUT_PORT, OUTPUT_PORT, AUTHENTIC, CHECKED_PROCEDURE, IMPERSONATOR_OF, METHOD_ARITY_ERROR,
        ARITY_STRING, INCOMPLETE_ARITY
    };
}
