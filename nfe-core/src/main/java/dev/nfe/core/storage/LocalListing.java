package dev.nfe.core.storage;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * Walks the directories under a prefix depth-first, lazily, yielding every entry that is not a directory in the
 * lexicographic order of the keys its name gives: files, symbolic links, FIFOs and the like, and temporary files,
 * which carry the key of the object they were writing. {@link LocalStorage} decides what each is.
 *
 * <p>Each directory is read whole and its entries sorted, a directory by its name plus {@code /}: that makes the
 * depth-first order equal to key order ({@code a.txt} sorts before {@code a/b} because {@code '.' < '/'}), so no
 * global sort, and no more memory than the directories on the current path. Only directories that can hold keys
 * with the prefix are opened, and symbolic links are never followed. Entries that vanish while listing are skipped,
 * since listing is not atomic.
 */
final class LocalListing implements Iterator<LocalListing.Found> {
    private static final String TEMPORARY_SUFFIX = ".tmp";
    /** {@code .<name>.<random UUID>.tmp}: the dot, the UUID with its dot, and the suffix around the name. */
    private static final int TEMPORARY_DECORATION = 1 + 37 + TEMPORARY_SUFFIX.length();

    /**
     * An entry found under the prefix.
     *
     * @param key the object key its name gives; for a temporary file, the key of the object being written
     * @param path where it is
     * @param attributes its own attributes, not a link target's
     * @param temporary whether it is the temporary file of a write
     */
    record Found(String key, Path path, BasicFileAttributes attributes, boolean temporary) {
        private String sortKey() {
            return attributes.isDirectory() ? key + "/" : key;
        }
    }

    private final String prefix;
    private final Deque<Found> pending = new ArrayDeque<>();
    private Found next;

    LocalListing(Path root, String prefix) {
        this.prefix = prefix;
        String directoryKey = prefix.substring(0, prefix.lastIndexOf('/') + 1);
        push(directoryKey, root.resolve(directoryKey));
    }

    /** Whether {@code name} has the form of a temporary file ({@code .<name>.<anything>.tmp}). */
    static boolean isTemporary(String name) {
        return name.startsWith(".") && name.endsWith(TEMPORARY_SUFFIX);
    }

    /** The name of the object a temporary file of {@link LocalAtomicOutputStream} writes, if it has that form. */
    static Optional<String> targetOf(String temporaryName) {
        if (!isTemporary(temporaryName) || temporaryName.length() <= TEMPORARY_DECORATION) {
            return Optional.empty();
        }
        return Optional.of(temporaryName.substring(1, temporaryName.length() - TEMPORARY_DECORATION + 1));
    }

    @Override
    public boolean hasNext() {
        while (next == null && !pending.isEmpty()) {
            Found entry = pending.pop();
            if (entry.attributes().isDirectory()) {
                push(entry.key() + "/", entry.path());
            } else {
                next = entry;
            }
        }
        return next != null;
    }

    @Override
    public Found next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Found result = next;
        next = null;
        return result;
    }

    /** Pushes the relevant entries of {@code directory} so that the smallest key is on top. */
    private void push(String directoryKey, Path directory) {
        List<Found> entries = new ArrayList<>();
        try (DirectoryStream<Path> children = Files.newDirectoryStream(directory)) {
            for (Path child : children) {
                String name = child.getFileName().toString();
                boolean temporary = isTemporary(name);
                if (temporary && Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                String key = directoryKey + (temporary ? targetOf(name).orElse(name) : name);
                attributes(child)
                        .filter(attributes -> isRelevant(key, attributes))
                        .ifPresent(attributes -> entries.add(new Found(key, child, attributes, temporary)));
            }
        } catch (NoSuchFileException | NotDirectoryException e) {
            return;
        } catch (IOException e) {
            throw LocalStorage.failure("list", prefix.isEmpty() ? "the storage root" : prefix, e);
        }
        entries.sort(Comparator.comparing(Found::sortKey).reversed());
        entries.forEach(pending::push);
    }

    private boolean isRelevant(String key, BasicFileAttributes attributes) {
        if (attributes.isDirectory()) {
            String folder = key + "/";
            return folder.startsWith(prefix) || prefix.startsWith(folder);
        }
        return key.startsWith(prefix);
    }

    /** The entry's attributes, empty when it vanished after the directory was read. */
    private static Optional<BasicFileAttributes> attributes(Path path) throws IOException {
        try {
            return Optional.of(Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }
}
