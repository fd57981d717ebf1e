package org.jracket.kernel.blob;

import org.jracket.kernel.vfs.StaticTreeFs;

/**
 * A blob mounted read-only as it is, without unpacking: no kernel memory is spent on a copy.
 * Mount it at the blob's root to see the same tree {@link BlobExpander} would create.
 */
public final class ImageFs extends StaticTreeFs<Blob.Entry> {
    private final Blob blob;

    public ImageFs(Blob blob) {
        this.blob = blob;
        for (String f : blob.folders()) addDir(f);
        for (Blob.Entry e : blob.files()) addFile(e.name(), e.size(), e);
    }

    public Blob blob() { return blob; }

    @Override public String type() { return "imagefs"; }

    @Override protected byte[] content(String rel, Blob.Entry e) { return blob.content(e); }
}
