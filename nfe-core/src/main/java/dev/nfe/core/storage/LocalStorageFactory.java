package dev.nfe.core.storage;

import dev.nfe.core.spi.ConfigException;
import dev.nfe.core.spi.ConfigSection;
import dev.nfe.core.spi.PluginContext;
import dev.nfe.core.spi.Storage;
import dev.nfe.core.spi.StorageFactory;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Builds the {@code local} storage from {@code { type: local, root: ./lake }}; {@code root} (required) is the
 * directory holding the lake, relative to the working directory unless absolute.
 */
public final class LocalStorageFactory implements StorageFactory {
    /** Key of the root directory. */
    public static final String ROOT = "root";
    private static final Set<String> KEYS = Set.of("type", ROOT);

    @Override
    public String type() {
        return "local";
    }

    @Override
    public Storage create(ConfigSection config, PluginContext context) {
        List<String> problems = new ArrayList<>();
        for (String key : new TreeSet<>(config.values().keySet())) {
            if (!KEYS.contains(key)) {
                problems.add(config.keyPath(key) + ": unknown key, expected one of " + new TreeSet<>(KEYS));
            }
        }
        String root = config.string(ROOT).map(String::trim).orElse("");
        if (root.isEmpty()) {
            problems.add(config.keyPath(ROOT) + ": is required (the lake's directory)");
        } else {
            invalidPathReason(root).ifPresent(reason ->
                    problems.add(config.keyPath(ROOT) + ": must be a directory path, was " + root + " (" + reason + ")"));
        }
        if (!problems.isEmpty()) {
            throw new ConfigException(String.join("; ", problems));
        }
        return new LocalStorage(Path.of(root));
    }

    private static Optional<String> invalidPathReason(String path) {
        try {
            Path.of(path);
            return Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.of(e.getReason());
        }
    }
}
