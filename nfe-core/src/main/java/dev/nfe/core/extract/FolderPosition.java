package dev.nfe.core.extract;

import dev.nfe.core.spi.Checkpoint;
import dev.nfe.core.spi.NfeException;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Where a folder extraction stands inside one file, as stored in the checkpoint under {@code folder.*}: the file of
 * which only the first {@code folder.partialCount} units (documents or rejected entries of a zip) are committed
 * ({@code folder.partialPath}), when a page or the deadline fell inside it. Which files are done is not here but in
 * the {@link dev.nfe.core.spi.SourceLedger}; a {@code folder.lastPath} left by an earlier version is dropped.
 */
record FolderPosition(Optional<String> partialPath, long partialCount) {
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
        return new FolderPosition(partialPath, count);
    }

    /** How many leading units of {@code path} are already committed. */
    long committedUnits(String path) {
        return partialPath.filter(path::equals).isPresent() ? partialCount : 0;
    }

    /** The position after unit {@code ordinal} (0-based) of {@code path}. */
    FolderPosition afterUnit(String path, long ordinal) {
        return new FolderPosition(Optional.of(path), ordinal + 1);
    }

    /** The position after all of {@code path}: nothing partial. */
    FolderPosition afterFile() {
        return new FolderPosition(Optional.empty(), 0);
    }

    /** {@code base} with this position's keys replacing any {@code folder.*} keys. */
    Checkpoint applyTo(Checkpoint base) {
        Map<String, String> values = new TreeMap<>(base.values());
        values.keySet().removeIf(key -> key.startsWith("folder."));
        partialPath.ifPresent(path -> {
            values.put(PARTIAL_PATH, path);
            values.put(PARTIAL_COUNT, Long.toString(partialCount));
        });
        return new Checkpoint(values);
    }
}
