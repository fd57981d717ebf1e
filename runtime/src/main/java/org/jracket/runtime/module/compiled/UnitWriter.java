package org.jracket.runtime.module.compiled;

import org.jracket.runtime.module.ModuleDeclaration;

/**
 * Build time: writes the compiled file of one source file's declaration (a "unit"). Units
 * must be written dependencies first, all from one expansion (one {@link Exports}), because
 * later units refer to objects of earlier ones.
 */
public final class UnitWriter {
    private final Exports exports = new Exports();
    private final String root;

    /** @param collectsRoot e.g. "/collects": paths under it are written relative to it */
    public UnitWriter(String collectsRoot) { this.root = collectsRoot + "/"; }

    /** The compiled file's bytes for the declaration of the file at path with the given source. */
    public byte[] write(ModuleDeclaration d, String path, byte[] source) {
        GraphWriter g = new GraphWriter(exports, root, d.name().describe());
        new DeclWriter(g).decl(d);
        g.tables();
        byte[] body = g.out.toArray();
        long crc = SourceHash.of(source);
        long stamp = SourceHash.stamp(body, crc);

        ByteSink h = new ByteSink();
        for (byte b : Tags.MAGIC) h.u8(b);
        h.u8(Tags.VERSION);
        relative(h, path);
        h.i64(crc);
        h.uvar(source.length);
        h.i64(stamp);
        h.uvar(g.deps.size());
        for (String dep : g.deps.keySet()) { relative(h, dep); h.i64(exports.stamp(dep)); }
        h.uvar(body.length);
        exports.add(path, stamp, g.owned);

        byte[] head = h.toArray();
        byte[] file = new byte[head.length + body.length];
        System.arraycopy(head, 0, file, 0, head.length);
        System.arraycopy(body, 0, file, head.length, body.length);
        return file;
    }

    private void relative(ByteSink h, String path) {
        if (!path.startsWith(root)) throw new IllegalArgumentException("not under " + root + ": " + path);
        h.bytes(path.substring(root.length()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
