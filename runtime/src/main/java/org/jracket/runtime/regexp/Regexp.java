package org.jracket.runtime.regexp;

import java.nio.charset.StandardCharsets;
import org.jracket.runtime.data.Bytes;
import org.jracket.runtime.data.MString;
import org.jracket.runtime.print.PrintHooks;
import org.jracket.runtime.print.Printer;

/**
 * A compiled regexp value: #rx"..", #px"..", #rx#"..", #px#"..". String regexps match code
 * points, byte regexps match bytes; see {@link Subject} for mixed inputs.
 */
public final class Regexp {
    public final boolean pregexp;
    public final boolean bytes;
    /** The pattern as given: an immutable MString or Bytes (object-name returns it). */
    public final Object source;
    final Node root;
    final int groups;
    private final int maxLookbehind;

    static {
        // Installed with the first regexp, so any printer that meets one can print it.
        PrintHooks.addExtension((v, out, mode) -> {
            if (!(v instanceof Regexp rx)) return false;
            out.writeString(rx.pregexp ? "#px" : "#rx");
            Printer.write(rx.source, out);
            return true;
        });
    }

    private Regexp(boolean pregexp, boolean bytes, Object source, Node root, int groups, int maxLookbehind) {
        this.pregexp = pregexp; this.bytes = bytes; this.source = source;
        this.root = root; this.groups = groups; this.maxLookbehind = maxLookbehind;
    }

    /** Compiles a pattern; throws {@link RegexpSyntaxError} with Racket's message. */
    public static Regexp compile(boolean pregexp, boolean bytes, int[] units) {
        Node[] out = new Node[1];
        Parser p = Parser.parse(units, pregexp, bytes, out);
        Object src = bytes ? new Bytes(toBytes(units), true) : new MString(units.clone(), true);
        return new Regexp(pregexp, bytes, src, out[0], p.groupCount, Lengths.lookbehind(out[0], bytes));
    }

    /** The reader's factory: the source is text for string regexps, Latin-1 bytes for byte ones. */
    public static Regexp fromReader(boolean pregexp, boolean bytes, String source) {
        int[] units = bytes
                ? toUnits(source.getBytes(StandardCharsets.ISO_8859_1))
                : source.codePoints().toArray();
        return compile(pregexp, bytes, units);
    }

    public int groupCount() { return groups; }

    public int maxLookbehind() { return maxLookbehind; }

    static int[] toUnits(byte[] b) {
        int[] u = new int[b.length];
        for (int k = 0; k < b.length; k++) u[k] = b[k] & 0xFF;
        return u;
    }

    private static byte[] toBytes(int[] units) {
        byte[] b = new byte[units.length];
        for (int k = 0; k < units.length; k++) b[k] = (byte) units[k];
        return b;
    }

    @Override public String toString() {
        return (pregexp ? "#px" : "#rx") + Printer.toWriteString(source);
    }
}
