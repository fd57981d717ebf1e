package org.jracket.runtime.namespace;

import org.jracket.runtime.exn.Errors;
import org.jracket.runtime.exn.RacketException;
import org.jracket.runtime.io.KernelAccess;
import org.jracket.runtime.io.Ports;
import org.jracket.runtime.module.DeclarationCache;
import org.jracket.runtime.module.ModuleFiles;

/** Test driver: runs module files in a fresh namespace over a {@link TestKernel}. */
public final class Run {
    public final TestKernel kernel = new TestKernel();
    public final Namespace ns;

    public Run() {
        KernelAccess.install(kernel);
        DeclarationCache.clear();
        ns = new Namespace("/collects", ModuleFiles.KERNEL);
        Namespace.CURRENT.set(ns);
    }

    public Run file(String path, String text) { kernel.file(path, text); return this; }

    /** Runs the module like `racket path`: the module, then its main submodule; returns stdout. */
    public String main(String path) {
        try {
            ns.requireModule(path);
            ns.runMainSubmodule(path);
        } finally {
            Ports.flushAtExit();
        }
        return kernel.out();
    }

    /** The message of the Racket exception raised by running path. */
    public String error(String path) {
        try {
            main(path);
        } catch (RacketException e) {
            return Errors.messageOf(e.value);
        }
        throw new AssertionError("no error; output: " + kernel.out());
    }

    public Object eval(String text) {
        Object forms = org.jracket.runtime.read.ModuleReader.readModule(text, "/t/repl");
        Object result = null;
        try {
            for (var f : org.jracket.runtime.syntax.Syntax.listOf(forms)) result = ns.evalTopLevel(f);
        } catch (RacketException e) {
            throw new AssertionError(Errors.messageOf(e.value), e);
        }
        return result;
    }
}
