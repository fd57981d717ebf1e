package org.jracket.runtime.module.compiled;

/**
 * The compiled-module format (".jrz" files next to sources, in {@code compiled/NAME_rkt.jrz}).
 * All integers are LEB128 varints (signed ones zigzag-encoded); strings are UTF-8 with a
 * varint length and go through a string table (first use inline, later uses by index).
 *
 * <pre>
 * file   = "JRZ" u8:VERSION bytes:selfPath i64:sourceHash uvar:sourceLength i64:stamp
 *          uvar:nDeps (bytes:depPath i64:depStamp)* uvar:bodyLength body
 * body   = decl tables
 * decl   = obj:name requires provides syntaxNames bodies preSubmodules postSubmodules
 * tables = (obj:scope uvar:nSyms (obj:sym uvar:n (obj:scopeSet obj:binding)*)* uvar:nBulk bulk*)* NULL
 * </pre>
 *
 * Paths (selfPath, depPath, and strings under the collects root) are relative to the collects
 * root, so the files work wherever the library is mounted. The stamp fingerprints the unit;
 * a dependent records its dependencies' stamps and is used only with those very units.
 *
 * Objects are a tag byte and the tag's fields. Shareable objects (scopes, syntax, locals, ...)
 * get the next index of the unit's object table when first written; later uses are
 * {@link #REF}s, and uses of objects owned by an earlier unit (a dependency) are {@link #EXT}s.
 * A scope's binding table is written after the declaration (in "tables"), so that cycles
 * between scopes and binding tables never recurse.
 */
final class Tags {
    private Tags() {}

    static final byte[] MAGIC = {'J', 'R', 'Z'};
    static final int VERSION = 1;

    // Objects.
    static final int NULL = 0, REF = 1, EXT = 2, TRUE = 3, FALSE = 4, EMPTY = 5, VOID = 6, EOF = 7,
            UNDEFINED = 8, FIXNUM = 9, BIGNUM = 10, FLONUM = 11, RATNUM = 12, COMPLEX = 13, JSTRING = 14,
            SYMBOL = 15, UNREADABLE = 16, UNINTERNED = 17, KEYWORD = 18, MSTRING = 19, BYTES = 20, CHAR = 21,
            LIST = 22, VECTOR = 23, BOX = 24, HASH = 25, PRIM_VALUE = 26, SYNTAX = 27, SRCLOC = 28, SCOPE = 29,
            REP_SCOPE = 30, CORE_SCOPE = 31, MULTI_SCOPE = 32, SCOPE_SET = 33, MODULE_BINDING = 34,
            LOCAL_BINDING = 35, MODULE_NAME = 36, TOP_LEVEL = 37, LOCAL = 38, REL_PATH = 39, PREFAB = 40,
            SRCLOC_NONE = 41, STX_CODE = 42;

    // IR expressions.
    static final int X_QUOTE = 0, X_QUOTE_SYNTAX = 1, X_LOCAL_REF = 2, X_GLOBAL_REF = 3, X_PRIM_REF = 4,
            X_SET_LOCAL = 5, X_SET_GLOBAL = 6, X_DEFINE = 7, X_LAMBDA = 8, X_CASE_LAMBDA = 9, X_IF = 10,
            X_BEGIN = 11, X_BEGIN0 = 12, X_LET = 13, X_LETREC = 14, X_WCM = 15, X_APP = 16, X_VARREF = 17;

    // Slot sources.
    static final int S_IMPORTED = 0, S_DEFINED = 1, S_TOP = 2;
}
