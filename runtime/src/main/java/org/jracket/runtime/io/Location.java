package org.jracket.runtime.io;

/**
 * Line/column/position bookkeeping shared by input and output ports. Fed one byte at a time
 * so ports need no decoding to count: UTF-8 continuation bytes are skipped, which makes the
 * position and column count characters once line counting is on (as Racket does), while
 * without counting the position counts bytes.
 */
final class Location {
    boolean counting;
    int line = 1;
    int column;
    long position = 1;
    private boolean afterReturn;

    void enableCounting() { counting = true; }

    void advance(int b) {
        if (!counting) { position++; return; }
        if ((b & 0xC0) == 0x80) return;
        position++;
        if (b == '\n') {
            if (!afterReturn) line++;
            column = 0;
            afterReturn = false;
            return;
        }
        afterReturn = b == '\r';
        if (afterReturn) { line++; column = 0; }
        else if (b == '\t') column = (column & ~7) + 8;
        else column++;
    }

    void advance(byte[] b, int off, int len) {
        if (!counting) { position += len; return; }
        for (int i = 0; i < len; i++) advance(b[off + i] & 0xFF);
    }
}
