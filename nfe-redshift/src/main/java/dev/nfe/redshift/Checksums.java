package dev.nfe.redshift;

import dev.nfe.core.spi.Batch;
import dev.nfe.core.spi.BatchFile;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/** The two checksums the load log keeps: of a batch's content and of the rule set that loaded it. */
final class Checksums {

    private Checksums() {
    }

    /** SHA-256 over the batch's files in path order: each path and the SHA-256 its manifest records. */
    static String content(Batch batch) {
        MessageDigest digest = sha256();
        batch.files().stream().sorted(Comparator.comparing(BatchFile::path)).forEach(file -> {
            digest.update(file.path().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) '\t');
            digest.update(file.sha256().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) '\n');
        });
        return HexFormat.of().formatHex(digest.digest());
    }

    /** SHA-256 over each rule's target, mode, keys, version and SQL text, in rule order. */
    static String ruleSet(List<LoadRule> rules) {
        MessageDigest digest = sha256();
        for (LoadRule rule : rules) {
            String header = rule.target().name() + "\t" + rule.mode().configName() + "\t"
                    + rule.keys().stream().map(k -> k.name()).toList() + "\t"
                    + String.join(", ", rule.version().stream().map(v -> v.name()).toList()) + "\n";
            digest.update(header.getBytes(StandardCharsets.UTF_8));
            digest.update(rule.sql().replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
