package dev.nfe.core.spi;

import java.util.regex.Pattern;

/**
 * Validates the keys given to {@link Storage}: relative, {@code /}-separated, no empty, {@code .} or {@code ..}
 * segments, no backslashes or control characters. Both storage implementations apply it so that a key that works
 * locally also works on S3, and no key escapes the storage root.
 */
public final class StoragePath {
    private static final Pattern FORBIDDEN = Pattern.compile("[\\\\\\p{Cntrl}]");

    private StoragePath() {
    }

    /**
     * Returns {@code path} when it is a valid object key.
     *
     * @throws NfeException naming the path and what is wrong with it
     */
    public static String requireValid(String path) {
        if (path == null || path.isEmpty()) {
            throw new NfeException("Invalid storage path: must not be empty");
        }
        if (path.startsWith("/") || FORBIDDEN.matcher(path).find()) {
            throw new NfeException("Invalid storage path " + path + ": must be relative, without backslashes or control characters");
        }
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                throw new NfeException("Invalid storage path " + path + ": empty, '.' or '..' segment");
            }
        }
        return path;
    }

    /** Returns {@code prefix} when it is empty or a valid key, optionally ending with {@code /}. */
    public static String requireValidPrefix(String prefix) {
        if (prefix == null) {
            throw new NfeException("Invalid storage prefix: must not be null");
        }
        if (prefix.isEmpty()) {
            return prefix;
        }
        requireValid(prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix);
        return prefix;
    }
}
