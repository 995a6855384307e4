package dev.nfe.core.storage;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code fsync} of one file, and {@code syncfs} of a whole file system through {@code sync -f} (GNU coreutils or
 * BusyBox) on Linux 5.8 and later: earlier kernels' {@code syncfs} does not report write-back errors, so there, and
 * where the command is missing, every file is forced on its own. A {@code sync -f} that fails once is not tried
 * again in this JVM: the files are then forced one by one, which reports the error, if there was one, for the file
 * it concerns. Thread-safe.
 */
final class OperatingSystemSync implements DiskSync {
    private static final Logger log = LoggerFactory.getLogger(OperatingSystemSync.class);
    private static final List<Path> COMMANDS = List.of(Path.of("/bin/sync"), Path.of("/usr/bin/sync"));
    private static final Pattern KERNEL = Pattern.compile("^(\\d+)\\.(\\d+)");
    /** This system's {@code fsync}, and its {@code syncfs} where it reports write-back errors. */
    static final OperatingSystemSync SYSTEM = new OperatingSystemSync();

    private final Optional<Path> command;
    private volatile boolean failed;

    OperatingSystemSync() {
        this(syncfsCommand(System.getProperty("os.name", ""), System.getProperty("os.version", "")));
    }

    OperatingSystemSync(Optional<Path> command) {
        this.command = command;
    }

    /** The {@code sync} command that runs {@code syncfs} reporting errors here, if this system has one. */
    static Optional<Path> syncfsCommand(String osName, String osVersion) {
        Matcher version = KERNEL.matcher(osVersion);
        if (!osName.toLowerCase(Locale.ROOT).equals("linux") || !version.find()) {
            return Optional.empty();
        }
        int major = Integer.parseInt(version.group(1));
        int minor = Integer.parseInt(version.group(2));
        if (major < 5 || major == 5 && minor < 8) {
            return Optional.empty();
        }
        return COMMANDS.stream().filter(Files::isExecutable).findFirst();
    }

    @Override
    public void force(Path path) throws IOException {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }

    @Override
    public boolean forceFileSystem(Path root) throws IOException {
        if (command.isEmpty() || failed) {
            return false;
        }
        Process sync;
        try {
            sync = new ProcessBuilder(command.get().toString(), "-f", root.toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            return failedWith(root, e.getMessage());
        }
        try {
            int exit = sync.waitFor();
            return exit == 0 || failedWith(root, "exit status " + exit);
        } catch (InterruptedException e) {
            sync.destroy();
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while syncing the file system of " + root);
        }
    }

    private boolean failedWith(Path root, String reason) {
        failed = true;
        log.info("Cannot sync the file system of {} with {} -f ({}); forcing each file instead from now on", root,
                command.orElseThrow(), reason);
        return false;
    }

    @Override
    public String toString() {
        return "OperatingSystemSync[" + command.map(path -> path + " -f").orElse("fsync only") + "]";
    }
}
