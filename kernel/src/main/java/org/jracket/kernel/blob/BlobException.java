package org.jracket.kernel.blob;

/** A blob that cannot be read (truncated, corrupt) or expanded; the message says where. */
public final class BlobException extends Exception {
    private static final long serialVersionUID = 1L;
    public BlobException(String message) { super(message); }
}
