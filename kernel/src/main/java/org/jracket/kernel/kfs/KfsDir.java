package org.jracket.kernel.kfs;

import java.util.TreeMap;

/** A kfs directory; its entries are guarded by the file system's namespace lock. */
final class KfsDir extends KfsNode {
    final TreeMap<String, KfsNode> entries = new TreeMap<>();

    KfsDir(long inode) { super(inode); }
}
