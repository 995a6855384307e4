package dev.nfe.core.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One generation of a stage's lease, stored as {@code _state/<pipeline>/leases/<stage>/<number>.json}: who holds the
 * lease and until when, or that its holder released it. Each change of the lease (taking it, renewing it, releasing
 * it) creates the next generation; the highest number is the lease's current state.
 *
 * @param number the generation number, from 1
 * @param owner the run that wrote this generation
 * @param expires when the lease ends unless a next generation renews it
 * @param released whether the owner gave the lease up, so that it is free at once
 */
record LeaseGeneration(long number, String owner, Instant expires, boolean released) {
    private static final Pattern NAME = Pattern.compile("(\\d{20})\\.json");

    LeaseGeneration {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(expires, "expires");
        if (number < 1) {
            throw new IllegalArgumentException("Cannot create lease generation " + number + ": must be at least 1");
        }
    }

    /** Whether another run may take the lease at {@code now}: it was released or has expired. */
    boolean isFreeAt(Instant now) {
        return released || !now.isBefore(expires);
    }

    /** The object name of generation {@code number} within its stage's folder; names sort by number. */
    static String fileName(long number) {
        return String.format(Locale.ROOT, "%020d.json", number);
    }

    /** The generation number a file name carries, if it is a generation's name. */
    static Optional<Long> numberOf(String fileName) {
        Matcher matcher = NAME.matcher(fileName);
        return matcher.matches() ? Optional.of(Long.parseLong(matcher.group(1))) : Optional.empty();
    }

    ObjectNode toJson() {
        ObjectNode root = StateStore.JSON.createObjectNode();
        root.put("generation", number);
        root.put("owner", owner);
        root.put("expires", expires.toString());
        root.put("released", released);
        return root;
    }

    static LeaseGeneration fromJson(long number, JsonNode root) {
        return new LeaseGeneration(number, root.path("owner").asText(""), Instant.parse(root.path("expires").asText()),
                root.path("released").asBoolean(false));
    }
}
