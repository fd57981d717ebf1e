package org.jracket.vmm.guest;

import java.nio.file.Files;

import org.jracket.kernel.Kernel;
import org.jracket.kernel.KernelConfig;
import org.jracket.kernel.blob.Blob;
import org.jracket.kernel.blob.BlobException;
import org.jracket.kernel.blob.ImageFs;
import org.jracket.kernel.console.Console;
import org.jracket.kernel.hostfs.HostFs;
import org.jracket.kernel.resfs.ResourceFs;
import org.jracket.vmm.config.GuestConfig;
import org.jracket.vmm.image.GuestImage;

/**
 * Turns a guest config into a booted guest kernel (the {@code v3_create} step): its memory and
 * vCPUs, kernel limits, console, host mounts, and, unless init unpacks them with
 * {@code -expandblob}, the collections mounted in place from the image.
 */
final class GuestKernel {
    private GuestKernel() {}

    /**
     * The runtime's own collections, from the jar (or classes directory) of its code: found
     * from a class of it rather than by asking the class loader for the resource directory,
     * which opens and searches every jar of the class path (8 to 12 ms of a start).
     */
    private static ResourceFs builtinCollections() {
        return ResourceFs.ofCodeSource(org.jracket.runtime.boot.Boot.class, Kernel.COLLECTS_RESOURCE);
    }

    /**
     * An image without a collections blob (the command line's guest, which has no image) gets the
     * builtin collections from the class path, read in place: nothing to pack or parse at start-up.
     */
    static Kernel boot(GuestConfig config, GuestImage image, Console.Sink console, KernelConfig.Stdio stdio)
            throws GuestSetupException {
        GuestConfig.KernelLimits l = config.limits();
        KernelConfig k = KernelConfig.defaults()
                .withConsoleSink(console)
                .withVcpus(config.cores())
                .withGuestMemoryBytes(config.memoryBytes())
                .withKernelPoolBytes(l.kernelPoolBytes())
                .withTaskHeapBytes(l.taskHeapBytes())
                .withTaskStackBytes(l.taskStackBytes())
                .withMaxFileBytes(l.maxFileBytes())
                .withEnv(config.env())
                .withStdio(stdio);
        if (image.collectionsBlob() == null) {
            k = k.withMount(config.collections().root(), kernel -> builtinCollections());
        } else if (!config.init().commandLine().expandBlob()) {
            Blob collections = parse(image.collectionsBlob());
            k = k.withMount(config.collections().root(), kernel -> new ImageFs(collections));
        }
        for (GuestConfig.HostMount m : config.mounts()) {
            if (!Files.isDirectory(m.src()))
                throw new GuestSetupException("host mount " + m.src() + " (for " + m.dest() + ") is not a directory on this host");
            k = k.withMount(m.dest(), kernel -> new HostFs(m.src(), !m.writable()));
        }
        return Kernel.boot(k);
    }

    private static Blob parse(byte[] blob) throws GuestSetupException {
        try {
            return Blob.parse(blob);
        } catch (BlobException e) {
            throw new GuestSetupException("collections: " + e.getMessage());
        }
    }
}
