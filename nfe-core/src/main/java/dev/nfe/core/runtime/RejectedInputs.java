package dev.nfe.core.runtime;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The inputs an extractor passed over, one JSON object each under {@code _state/<pipeline>/rejected/<sha-256 of the
 * source>.json} with the source, the reason and when: the quarantine of what never became a document. Named by a hash,
 * so no source name becomes a path; a new rejection of the same source replaces its record.
 */
final class RejectedInputs {
    private final StateStore state;

    RejectedInputs(StateStore state) {
        this.state = state;
    }

    void write(String source, String reason, Instant at) {
        ObjectNode record = StateStore.JSON.createObjectNode();
        record.put("source", source);
        record.put("reason", reason);
        record.put("rejectedAt", at.toString());
        state.write("rejected/" + hash(source) + ".json", record);
    }

    private static String hash(String source) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(source.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the Java platform", e);
        }
    }
}
