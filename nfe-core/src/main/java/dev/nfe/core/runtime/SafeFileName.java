package dev.nfe.core.runtime;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one function that turns a document id into a file name, for bronze, quarantine and claims: safe in any object
 * store and file system, and never the same for two ids, so no value read from a document becomes a path unchecked
 * and no document overwrites another.
 * <ul>
 *   <li>an id of at most {@value #MAX_ID_IN_NAME} letters, digits, dots and hyphens, starting with a letter or digit
 *       and not ending with a dot (chaves, bronze ids, event ids and content hashes are), is its own name;</li>
 *   <li>such an id followed by the element index a JSON page gives its parts ({@code <id>#<index>}) is named
 *       {@code <id>_<index>};</li>
 *   <li>any other id is named {@code x<its first {@value #MAX_ID_IN_NAME} characters, each one not a letter, digit
 *       or hyphen made an underscore>-<32 hex digits of its SHA-256>}.</li>
 * </ul>
 * The three forms cannot meet: the first has no underscore and at most {@value #MAX_ID_IN_NAME} characters; the
 * second ends with digits after its last underscore; the third ends with a hyphen and hex digits after its last
 * underscore, or has no underscore and is longer than {@value #MAX_ID_IN_NAME} characters. Within the third form the
 * 128-bit hash keeps names apart.
 */
final class SafeFileName {
    /** Longer ids are cut and hashed: file systems allow 255 bytes a name, and suffixes are added to it. */
    static final int MAX_ID_IN_NAME = 96;

    private static final String SAFE = "[A-Za-z0-9](?:[A-Za-z0-9.-]{0," + (MAX_ID_IN_NAME - 2) + "}[A-Za-z0-9-])?";
    private static final Pattern PLAIN = Pattern.compile(SAFE);
    private static final Pattern PAGE_ELEMENT = Pattern.compile("(" + SAFE + ")#([0-9]{1,9})");
    private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9-]");
    private static final int HASH_DIGITS = 32;

    private SafeFileName() {
    }

    /** The file name, without extension, of the document with id {@code id}. */
    static String of(String id) {
        if (PLAIN.matcher(id).matches()) {
            return id;
        }
        Matcher element = PAGE_ELEMENT.matcher(id);
        if (element.matches()) {
            return element.group(1) + "_" + element.group(2);
        }
        String head = id.substring(0, Math.min(id.length(), MAX_ID_IN_NAME));
        return "x" + UNSAFE.matcher(head).replaceAll("_") + "-"
                + BronzeStore.sha256(id.getBytes(StandardCharsets.UTF_8)).substring(0, HASH_DIGITS);
    }
}
