package org.jracket.runtime.prims.hash;

import org.jracket.runtime.prims.Equality;

/** Which equivalence a hash table uses for its keys; also picks the matching hash code. */
public enum HashKind {
    EQUAL("equal?"), EQV("eqv?"), EQ("eq?");

    /** Racket's name of the comparison ("equal?", "eqv?", "eq?"). */
    public final String comparison;

    HashKind(String comparison) { this.comparison = comparison; }

    public int hash(Object k) {
        return switch (this) {
            case EQUAL -> Equality.equalHash(k);
            case EQV -> Equality.eqvHash(k);
            case EQ -> Equality.eqHash(k);
        };
    }

    public boolean same(Object a, Object b) {
        return switch (this) {
            case EQUAL -> Equality.equal(a, b);
            case EQV -> Equality.eqv(a, b);
            case EQ -> Equality.eq(a, b);
        };
    }
}
