package dev.nfe.core.storage;

import dev.nfe.core.spi.StoredObject;
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
 * Walks the directories under a prefix depth-first, lazily, yielding files in the lexicographic order of their keys.
 *
 * <p>Each directory is read whole and its entries sorted, a directory by its name plus {@code /}: that makes the
 * depth-first order equal to key order ({@code a.txt} sorts before {@code a/b} because {@code '.' < '/'}), so no
 * global sort, and no more memory than the directories on the current path. Only directories that can hold keys
 * with the prefix are opened. Temporary files and symbolic links are skipped; entries that vanish while listing
 * are skipped, since listing is not atomic.
 */
final class LocalListing implements Iterator<StoredObject> {
    private record Entry(String key, Path path, BasicFileAttributes attributes) {
        String sortKey() {
            return attributes.isDirectory() ? key + "/" : key;
        }
    }

    private final String prefix;
    private final Deque<Entry> pending = new ArrayDeque<>();
    private StoredObject next;

    LocalListing(Path root, String prefix) {
        this.prefix = prefix;
        String directoryKey = prefix.substring(0, prefix.lastIndexOf('/') + 1);
        push(directoryKey, root.resolve(directoryKey));
    }

    static boolean isTemporary(String name) {
        return name.startsWith(".") && name.endsWith(".tmp");
    }

    @Override
    public boolean hasNext() {
        while (next == null && !pending.isEmpty()) {
            Entry entry = pending.pop();
            if (entry.attributes().isDirectory()) {
                push(entry.key() + "/", entry.path());
            } else if (entry.attributes().isRegularFile() && entry.key().startsWith(prefix)) {
                next = new StoredObject(entry.key(), entry.attributes().size(), entry.attributes().lastModifiedTime().toInstant());
            }
        }
        return next != null;
    }

    @Override
    public StoredObject next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        StoredObject result = next;
        next = null;
        return result;
    }

    /** Pushes the relevant entries of {@code directory} so that the smallest key is on top. */
    private void push(String directoryKey, Path directory) {
        List<Entry> entries = new ArrayList<>();
        try (DirectoryStream<Path> children = Files.newDirectoryStream(directory)) {
            for (Path child : children) {
                String name = child.getFileName().toString();
                if (isTemporary(name)) {
                    continue;
                }
                String key = directoryKey + name;
                attributes(child)
                        .filter(attributes -> isRelevant(key, attributes))
                        .ifPresent(attributes -> entries.add(new Entry(key, child, attributes)));
            }
        } catch (NoSuchFileException | NotDirectoryException e) {
            return;
        } catch (IOException e) {
            throw LocalStorage.failure("list", prefix.isEmpty() ? "the storage root" : prefix, e);
        }
        entries.sort(Comparator.comparing(Entry::sortKey).reversed());
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
