package org.jracket.kernel.kfs;

/** A kfs inode: a file or a directory. */
abstract class KfsNode {
    final long inode;
    volatile long modifiedMillis = System.currentTimeMillis();

    KfsNode(long inode) { this.inode = inode; }

    final void touch() { modifiedMillis = System.currentTimeMillis(); }
}
