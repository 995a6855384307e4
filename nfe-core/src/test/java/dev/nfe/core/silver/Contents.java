package dev.nfe.core.silver;

import dev.nfe.core.spi.Storage;
import dev.nfe.core.spi.StoredObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/** Every object of a storage with the SHA-256 of its bytes, in key order: two storages are equal when these are. */
final class Contents {
    private Contents() {
    }

    static Map<String, String> of(Storage storage) {
        Map<String, String> contents = new LinkedHashMap<>();
        try (Stream<StoredObject> objects = storage.list("")) {
            objects.forEach(object -> contents.put(object.path(), sha256(storage, object.path())));
        }
        return contents;
    }

    static String sha256(Storage storage, String path) {
        MessageDigest digest = DigestingPositionOutputStream.newSha256();
        try (InputStream in = storage.newInputFile(path).newStream()) {
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
