package org.jracket.vmm.config;

import java.util.Locale;

/** Byte counts as configs write them ({@code 512KB}, {@code 1536MB}; K = 1024) and as people read them. */
public final class Size {
    public static final long KB = 1024, MB = KB * 1024, GB = MB * 1024;

    private Size() {}

    /** Parses a size the schema has already accepted; throws IllegalArgumentException otherwise. */
    public static long parse(String text) {
        String t = text.trim();
        int i = 0;
        while (i < t.length() && Character.isDigit(t.charAt(i))) i++;
        if (i == 0 || i > 13) throw new IllegalArgumentException("not a size: '" + text + "' (expected e.g. 64MB)");
        long n = Long.parseLong(t.substring(0, i));
        long unit = switch (t.substring(i)) {
            case "B" -> 1;
            case "KB" -> KB;
            case "MB" -> MB;
            case "GB" -> GB;
            default -> throw new IllegalArgumentException("unknown unit in '" + text + "' (expected B, KB, MB or GB)");
        };
        if (n > Long.MAX_VALUE / unit) throw new IllegalArgumentException("size too large: " + text);
        return n * unit;
    }

    /** Largest exact unit: 1536MB, 64KB, 1000B; 1.5GB style only when not exact. */
    public static String format(long bytes) {
        if (bytes >= GB && bytes % GB == 0) return bytes / GB + "GB";
        if (bytes >= MB && bytes % MB == 0) return bytes / MB + "MB";
        if (bytes >= KB && bytes % KB == 0) return bytes / KB + "KB";
        if (bytes >= 10 * MB) return String.format(Locale.ROOT, "%.1fMB", bytes / (double) MB);
        if (bytes >= 10 * KB) return String.format(Locale.ROOT, "%.1fKB", bytes / (double) KB);
        return bytes + "B";
    }
}
