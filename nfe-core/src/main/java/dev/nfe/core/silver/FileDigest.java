package dev.nfe.core.silver;

import dev.nfe.core.spi.ObjectNotFoundException;
import dev.nfe.core.spi.Storage;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The size and SHA-256 of a stored object, as a manifest records them, computed by streaming the object once through
 * a fixed buffer.
 *
 * @param bytes size in bytes
 * @param sha256 lower-case hex SHA-256
 */
record FileDigest(long bytes, String sha256) {
    private static final int BUFFER = 64 * 1024;

    FileDigest {
        Objects.requireNonNull(sha256, "sha256");
    }

    /**
     * Reads {@code path} from {@code storage} once.
     *
     * @throws ObjectNotFoundException if there is no such object
     */
    static FileDigest of(Storage storage, String path) throws IOException {
        MessageDigest sha256 = DigestingPositionOutputStream.newSha256();
        long bytes = 0;
        byte[] buffer = new byte[BUFFER];
        try (InputStream in = storage.newInputFile(path).newStream()) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                sha256.update(buffer, 0, n);
                bytes += n;
            }
        }
        return new FileDigest(bytes, HexFormat.of().formatHex(sha256.digest()));
    }
}
