package org.jracket.vmm.image;

/**
 * The contents of an image: the config text it was built from, the collections blob and the
 * program-files blob (both in the seed's blob format, already checked by {@code Blob.parse}).
 * {@link #NONE} is the command line's guest, which has no image: null blobs, so no program files
 * to unpack and the builtin collections read in place from the class path.
 */
public record GuestImage(String configXml, byte[] collectionsBlob, byte[] programBlob) {
    public static final GuestImage NONE = new GuestImage("", null, null);
}
