package org.jracket.vmm.image;

/**
 * The contents of an image: the config text it was built from, the collections blob and the
 * program-files blob (both in the seed's blob format, already checked by {@code Blob.parse}).
 */
public record GuestImage(String configXml, byte[] collectionsBlob, byte[] programBlob) {}
