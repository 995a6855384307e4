package dev.nfe.core.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OperatingSystemSyncTest {
    @TempDir
    Path directory;

    @Test
    void syncfsCommand_beforeLinux58OrOffLinux_isAbsent() {
        assertThat(OperatingSystemSync.syncfsCommand("Linux", "5.7.19-generic")).isEmpty();
        assertThat(OperatingSystemSync.syncfsCommand("Linux", "4.19.0")).isEmpty();
        assertThat(OperatingSystemSync.syncfsCommand("Mac OS X", "14.1")).isEmpty();
        assertThat(OperatingSystemSync.syncfsCommand("Windows 11", "10.0")).isEmpty();
        assertThat(OperatingSystemSync.syncfsCommand("Linux", "unknown")).isEmpty();
    }

    @Test
    void syncfsCommand_fromLinux58_isTheSyncCommandWhenInstalled() {
        boolean installed = Files.isExecutable(Path.of("/bin/sync")) || Files.isExecutable(Path.of("/usr/bin/sync"));
        assertThat(OperatingSystemSync.syncfsCommand("Linux", "5.8.0").isPresent()).isEqualTo(installed);
        assertThat(OperatingSystemSync.syncfsCommand("Linux", "6.1.0-13-amd64").isPresent()).isEqualTo(installed);
    }

    @Test
    void forceFileSystem_withTheSystemsCommand_syncs() throws IOException {
        Optional<Path> command = OperatingSystemSync.syncfsCommand(System.getProperty("os.name"),
                System.getProperty("os.version"));
        assumeTrue(command.isPresent(), "no sync -f on this system");
        Files.writeString(directory.resolve("a.xml"), "<a/>");

        assertThat(new OperatingSystemSync(command).forceFileSystem(directory)).isTrue();
    }

    @Test
    void forceFileSystem_whenTheCommandFails_isFalseAndNotTriedAgain() throws IOException {
        Path failing = Path.of("/bin/false");
        assumeTrue(Files.isExecutable(failing), "no /bin/false on this system");
        OperatingSystemSync sync = new OperatingSystemSync(Optional.of(failing));

        assertThat(sync.forceFileSystem(directory)).isFalse();
        assertThat(sync.forceFileSystem(directory)).isFalse();
    }

    @Test
    void forceFileSystem_whenTheCommandIsMissing_isFalse() throws IOException {
        OperatingSystemSync sync = new OperatingSystemSync(Optional.of(directory.resolve("no-such-sync")));

        assertThat(sync.forceFileSystem(directory)).isFalse();
        assertThat(new OperatingSystemSync(Optional.empty()).forceFileSystem(directory)).isFalse();
    }
}
