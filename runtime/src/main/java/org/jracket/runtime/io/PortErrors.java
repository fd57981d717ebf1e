package org.jracket.runtime.io;

import org.jracket.runtime.exn.Errors;
import org.jracket.runtime.exn.ExnTypes;
import org.jracket.runtime.print.Printer;

/** Racket's messages for misuse of ports. */
final class PortErrors {
    private PortErrors() {}

    static RuntimeException closed(String who, Object port) {
        boolean in = port instanceof InputPort;
        return Errors.raise(ExnTypes.FAIL, who + ": " + (in ? "input" : "output")
                + " port is closed\n  " + (in ? "input" : "output") + " port: " + Printer.toWriteString(port));
    }
}
