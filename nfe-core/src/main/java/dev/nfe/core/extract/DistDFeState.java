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
 * consultation calls of the last hour (for the 20-an-hour cap), and the Ciência da Operação still to send with the
 * instants of those sent in the last hour.
 *
 * @param ultNsu the last NSU committed; absent before the first committed response
 * @param nextCallAt no call before this instant, when a block is in force
 * @param blockedBy the cStat and xMotivo that set the block
 * @param consultations the instants of the consNSU/consChNFe calls made, oldest first
 * @param pendingCiencias the chaves whose Ciência da Operação is still to be sent, in arrival order
 * @param ciencias the instants of the Ciência events sent, oldest first, one per event
 */
record DistDFeState(Optional<Long> ultNsu, Optional<Instant> nextCallAt, Optional<String> blockedBy,
                    List<Instant> consultations, List<String> pendingCiencias, List<Instant> ciencias) {
    static final String ULT_NSU = "sefaz.ultNSU";
    static final String NEXT_CALL_AT = "sefaz.nextCallAt";
    static final String BLOCKED_BY = "sefaz.blockedBy";
    static final String CONSULTATIONS = "sefaz.consultations";
    static final String PENDING_CIENCIAS = "sefaz.pendingCiencias";
    static final String CIENCIAS = "sefaz.ciencias";

    DistDFeState {
        consultations = List.copyOf(consultations);
        pendingCiencias = List.copyOf(pendingCiencias);
        ciencias = List.copyOf(ciencias);
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
        List<Instant> calls = list(checkpoint, CONSULTATIONS).stream().map(DistDFeState::instant).toList();
        List<String> pending = list(checkpoint, PENDING_CIENCIAS);
        List<Instant> ciencias = list(checkpoint, CIENCIAS).stream().map(DistDFeState::instant).toList();
        return new DistDFeState(ultNsu, nextCallAt, checkpoint.get(BLOCKED_BY), calls, pending, ciencias);
    }

    private static List<String> list(Checkpoint checkpoint, String key) {
        return checkpoint.get(key).filter(text -> !text.isEmpty())
                .map(text -> List.of(text.split(","))).orElse(List.of());
    }

    /** This state written over {@code base}, keeping the keys of other components. */
    Checkpoint applyTo(Checkpoint base) {
        Map<String, String> values = new TreeMap<>(base.values());
        values.remove(ULT_NSU);
        values.remove(NEXT_CALL_AT);
        values.remove(BLOCKED_BY);
        values.remove(CONSULTATIONS);
        values.remove(PENDING_CIENCIAS);
        values.remove(CIENCIAS);
        ultNsu.ifPresent(nsu -> values.put(ULT_NSU, DistDFeQuery.nsu(nsu)));
        nextCallAt.ifPresent(at -> values.put(NEXT_CALL_AT, at.toString()));
        blockedBy.ifPresent(why -> values.put(BLOCKED_BY, why));
        put(values, CONSULTATIONS, consultations.stream().map(Instant::toString).toList());
        put(values, PENDING_CIENCIAS, pendingCiencias);
        put(values, CIENCIAS, ciencias.stream().map(Instant::toString).toList());
        return new Checkpoint(values);
    }

    private static void put(Map<String, String> values, String key, List<String> texts) {
        if (!texts.isEmpty()) {
            values.put(key, String.join(",", texts));
        }
    }

    /** The same state having committed up to {@code nsu}, without a block. */
    DistDFeState committed(long nsu) {
        return new DistDFeState(Optional.of(nsu), Optional.empty(), Optional.empty(), consultations, pendingCiencias,
                ciencias);
    }

    /** The same state blocked until {@code until} because of {@code why}. */
    DistDFeState blocked(Instant until, String why) {
        return new DistDFeState(ultNsu, Optional.of(until), Optional.of(why), consultations, pendingCiencias,
                ciencias);
    }

    /** The same state with a consultation call at {@code at}, forgetting calls older than an hour before it. */
    DistDFeState consulted(Instant at) {
        List<Instant> recent = new ArrayList<>(recent(consultations, at));
        recent.add(at);
        return new DistDFeState(ultNsu, nextCallAt, blockedBy, recent, pendingCiencias, ciencias);
    }

    /** The consultation calls within the hour before {@code now}. */
    List<Instant> recentConsultations(Instant now) {
        return recent(consultations, now);
    }

    /** The same state with {@code chaves} (those not pending yet) queued for their Ciência da Operação. */
    DistDFeState withPendingCiencias(List<String> chaves) {
        List<String> pending = new ArrayList<>(pendingCiencias);
        chaves.stream().filter(chave -> !pending.contains(chave)).forEach(pending::add);
        return new DistDFeState(ultNsu, nextCallAt, blockedBy, consultations, pending, ciencias);
    }

    /** The same state having sent {@code sent} Ciência events at {@code at}, {@code settled} no longer pending. */
    DistDFeState cienciasSent(Instant at, int sent, List<String> settled) {
        List<Instant> recent = new ArrayList<>(recent(ciencias, at));
        for (int i = 0; i < sent; i++) {
            recent.add(at);
        }
        List<String> pending = pendingCiencias.stream().filter(chave -> !settled.contains(chave)).toList();
        return new DistDFeState(ultNsu, nextCallAt, blockedBy, consultations, pending, recent);
    }

    /** The Ciência events sent within the hour before {@code now}. */
    List<Instant> recentCiencias(Instant now) {
        return recent(ciencias, now);
    }

    private static List<Instant> recent(List<Instant> instants, Instant now) {
        Instant since = now.minus(DistDFeSettings.BLOCK);
        return instants.stream().filter(at -> at.isAfter(since)).toList();
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
