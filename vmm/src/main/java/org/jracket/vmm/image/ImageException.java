package org.jracket.vmm.image;

/** An image that cannot be built or loaded; the message names the image and the fault. */
public final class ImageException extends Exception {
    public ImageException(String message) { super(message); }

    public ImageException(String message, Throwable cause) { super(message, cause); }
}
