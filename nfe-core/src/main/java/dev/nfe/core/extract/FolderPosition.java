package dev.nfe.core.extract;

import dev.nfe.core.spi.Checkpoint;
import dev.nfe.core.spi.NfeException;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Where a folder extraction stands, as stored in the checkpoint under {@code folder.*}: the last file whose every
 * document is committed ({@code folder.lastPath}), and optionally the next file of which only the first
 * {@code folder.partialCount} units (documents or rejected entries of a zip) are ({@code folder.partialPath}).
 * Files are visited in lexicographic order, so everything up to {@code lastPath} is done.
 */
record FolderPosition(Optional<String> lastPath, Optional<String> partialPath, long partialCount) {
    static final String LAST_PATH = "folder.lastPath";
    static final String PARTIAL_PATH = "folder.partialPath";
    static final String PARTIAL_COUNT = "folder.partialCount";

    static FolderPosition from(Checkpoint checkpoint) {
        Optional<String> partialPath = checkpoint.get(PARTIAL_PATH);
        long count = 0;
        if (partialPath.isPresent()) {
            String text = checkpoint.get(PARTIAL_COUNT).orElse("");
            try {
                count = Long.parseLong(text);
            } catch (NumberFormatException e) {
                throw new NfeException("Cannot resume folder extraction: checkpoint " + PARTIAL_COUNT
                        + " must be a count, was '" + text + "'", e);
            }
        }
        return new FolderPosition(checkpoint.get(LAST_PATH), partialPath, count);
    }

    /** Whether {@code path} sorts after the last completed file, so that it still has to be read. */
    boolean isPending(String path) {
        return lastPath.isEmpty() || path.compareTo(lastPath.get()) > 0;
    }

    /** How many leading units of {@code path} are already committed. */
    long committedUnits(String path) {
        return partialPath.filter(path::equals).isPresent() ? partialCount : 0;
    }

    /** The position after unit {@code ordinal} (0-based) of {@code path}. */
    FolderPosition afterUnit(String path, long ordinal) {
        return new FolderPosition(lastPath, Optional.of(path), ordinal + 1);
    }

    /** The position after all of {@code path}. */
    FolderPosition afterFile(String path) {
        return new FolderPosition(Optional.of(path), Optional.empty(), 0);
    }

    /** {@code base} with this position's keys replacing any {@code folder.*} keys. */
    Checkpoint applyTo(Checkpoint base) {
        Map<String, String> values = new TreeMap<>(base.values());
        values.keySet().removeIf(key -> key.startsWith("folder."));
        lastPath.ifPresent(path -> values.put(LAST_PATH, path));
        partialPath.ifPresent(path -> {
            values.put(PARTIAL_PATH, path);
            values.put(PARTIAL_COUNT, Long.toString(partialCount));
        });
        return new Checkpoint(values);
    }
}
