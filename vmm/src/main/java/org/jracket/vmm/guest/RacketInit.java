package org.jracket.vmm.guest;

import org.jracket.kernel.blob.BlobException;
import org.jracket.kernel.blob.BlobExpander;
import org.jracket.kernel.syscall.Errno;
import org.jracket.kernel.syscall.SystemCalls;
import org.jracket.runtime.boot.Boot;
import org.jracket.runtime.boot.RacketSession;
import org.jracket.runtime.boot.SystemPrims;
import org.jracket.vmm.config.GuestConfig;
import org.jracket.vmm.config.InitCommandLine;
import org.jracket.vmm.image.GuestImage;

/**
 * The seed's init task: unpack the program files (and, with {@code -expandblob}, the collections)
 * into the in-memory file system, then start Racket with the rest of the command line.
 */
public final class RacketInit implements InitProgram {
    /** Racket calls nested on the init thread's Java stack before spilling to the heap (as the CLI). */
    static final int MAX_DEPTH = 20_000;

    private final GuestConfig.InitTask init;
    private final GuestImage image;

    public RacketInit(GuestConfig.InitTask init, GuestImage image) {
        this.init = init;
        this.image = image;
    }

    @Override
    public int run(SystemCalls sys) throws BootFailure {
        InitCommandLine cmd = init.commandLine();
        if (image.programBlob() != null) unpack(sys, image.programBlob(), "program files");
        if (cmd.expandBlob()) unpack(sys, image.collectionsBlob(), "collections");
        int r = sys.chdir(init.cwd());
        if (r < 0) throw new BootFailure("init cwd " + init.cwd() + ": " + Errno.of(r).message());
        org.jracket.runtime.module.compiled.StartupProfile.note("init task running");
        Boot.initialize(sys, MAX_DEPTH);
        org.jracket.runtime.module.compiled.StartupProfile.note("runtime initialized");
        SystemPrims.setCommandLine(cmd.programArgs());
        SystemPrims.setRunFile(cmd.runFile());
        RacketSession session = RacketSession.start(cmd.initLibrary());
        org.jracket.runtime.module.compiled.StartupProfile.note("session started");
        boolean ok = true;
        for (InitCommandLine.Action a : cmd.actions()) {
            ok = switch (a) {
                case InitCommandLine.Eval e -> session.evalString(e.expr());
                case InitCommandLine.Load l -> session.load(l.file());
                case InitCommandLine.RequireFile f -> session.requireFile(f.file());
                case InitCommandLine.RequireLib l -> session.requireLib(l.lib());
            };
            if (!ok) break;
        }
        if (ok && cmd.repl()) session.repl();
        session.exit(ok ? 0 : 1);
        return ok ? 0 : 1;
    }

    private static void unpack(SystemCalls sys, byte[] blob, String what) throws BootFailure {
        try {
            BlobExpander.expand(sys, blob);
        } catch (BlobException e) {
            throw new BootFailure("cannot unpack the " + what + ": " + e.getMessage());
        }
    }
}
