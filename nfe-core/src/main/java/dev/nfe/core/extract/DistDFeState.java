package dev.nfe.core.extract;

import dev.nfe.core.spi.Checkpoint;
import dev.nfe.core.spi.NfeException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The {@code sefaz-dfe} extractor's restart state, kept in its checkpoint under {@code sefaz.}: the {@code ultNSU}
 * to continue from, the instant before which SEFAZ must not be called again and why, and the instants of the
 * consultation calls of the last hour (for the 20-an-hour cap).
 *
 * @param ultNsu the last NSU committed; absent before the first committed response
 * @param nextCallAt no call before this instant, when a block is in force
 * @param blockedBy the cStat and xMotivo that set the block
 * @param consultations the instants of the consNSU/consChNFe calls made, oldest first
 */
record DistDFeState(Optional<Long> ultNsu, Optional<Instant> nextCallAt, Optional<String> blockedBy,
                    List<Instant> consultations) {
    static final String ULT_NSU = "sefaz.ultNSU";
    static final String NEXT_CALL_AT = "sefaz.nextCallAt";
    static final String BLOCKED_BY = "sefaz.blockedBy";
    static final String CONSULTATIONS = "sefaz.consultations";

    DistDFeState {
        consultations = List.copyOf(consultations);
    }

    /** Reads the state out of {@code checkpoint}; keys of other components are ignored. */
    static DistDFeState from(Checkpoint checkpoint) {
        Optional<Long> ultNsu = checkpoint.get(ULT_NSU).map(text -> {
            try {
                return DistDFeQuery.parseNsu(text);
            } catch (IllegalArgumentException e) {
                throw new NfeException("Cannot resume sefaz-dfe: checkpoint " + ULT_NSU + " is not a NSU", e);
            }
        });
        Optional<Instant> nextCallAt = checkpoint.get(NEXT_CALL_AT).map(DistDFeState::instant);
        List<Instant> calls = new ArrayList<>();
        checkpoint.get(CONSULTATIONS).filter(text -> !text.isEmpty()).ifPresent(text -> {
            for (String part : text.split(",")) {
                calls.add(instant(part));
            }
        });
        return new DistDFeState(ultNsu, nextCallAt, checkpoint.get(BLOCKED_BY), calls);
    }

    /** This state written over {@code base}, keeping the keys of other components. */
    Checkpoint applyTo(Checkpoint base) {
        Map<String, String> values = new TreeMap<>(base.values());
        values.remove(ULT_NSU);
        values.remove(NEXT_CALL_AT);
        values.remove(BLOCKED_BY);
        values.remove(CONSULTATIONS);
        ultNsu.ifPresent(nsu -> values.put(ULT_NSU, DistDFeQuery.nsu(nsu)));
        nextCallAt.ifPresent(at -> values.put(NEXT_CALL_AT, at.toString()));
        blockedBy.ifPresent(why -> values.put(BLOCKED_BY, why));
        if (!consultations.isEmpty()) {
            List<String> texts = new ArrayList<>();
            consultations.forEach(at -> texts.add(at.toString()));
            values.put(CONSULTATIONS, String.join(",", texts));
        }
        return new Checkpoint(values);
    }

    /** The same state having committed up to {@code nsu}, without a block. */
    DistDFeState committed(long nsu) {
        return new DistDFeState(Optional.of(nsu), Optional.empty(), Optional.empty(), consultations);
    }

    /** The same state blocked until {@code until} because of {@code why}. */
    DistDFeState blocked(Instant until, String why) {
        return new DistDFeState(ultNsu, Optional.of(until), Optional.of(why), consultations);
    }

    /** The same state with a consultation call at {@code at}, forgetting calls older than an hour before it. */
    DistDFeState consulted(Instant at) {
        List<Instant> recent = new ArrayList<>(recentConsultations(at));
        recent.add(at);
        return new DistDFeState(ultNsu, nextCallAt, blockedBy, recent);
    }

    /** The consultation calls within the hour before {@code now}. */
    List<Instant> recentConsultations(Instant now) {
        Instant since = now.minus(DistDFeSettings.BLOCK);
        return consultations.stream().filter(at -> at.isAfter(since)).toList();
    }

    /** Whether a block is still in force at {@code now}. */
    boolean isBlockedAt(Instant now) {
        return nextCallAt.filter(now::isBefore).isPresent();
    }

    private static Instant instant(String text) {
        try {
            return Instant.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new NfeException("Cannot resume sefaz-dfe: the checkpoint holds '" + text
                    + "' where an instant was stored", e);
        }
    }
}
