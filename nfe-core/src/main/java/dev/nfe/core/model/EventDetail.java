package dev.nfe.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * The typed content of an event's {@code detEvento} for the event types with their own layout; every other type is
 * {@link Other}, and {@link Event#detEventoXml()} always keeps the raw XML.
 */
public sealed interface EventDetail
        permits EventDetail.Cancellation, EventDetail.CorrectionLetter, EventDetail.Manifestation, EventDetail.Other {

    /**
     * A cancellation (cancelamento, event 110111).
     *
     * @param nProt {@code detEvento/nProt}: the authorisation protocol of the note being cancelled
     * @param xJust {@code detEvento/xJust}: the justification
     */
    record Cancellation(String nProt, String xJust) implements EventDetail {
        public Cancellation {
            Objects.requireNonNull(nProt, "nProt");
            Objects.requireNonNull(xJust, "xJust");
        }
    }

    /**
     * A carta de correção (CC-e, event 110110).
     *
     * @param xCorrecao {@code detEvento/xCorrecao}: the correction text
     * @param xCondUso {@code detEvento/xCondUso}: the legal conditions of use
     */
    record CorrectionLetter(String xCorrecao, Optional<String> xCondUso) implements EventDetail {
        public CorrectionLetter {
            Objects.requireNonNull(xCorrecao, "xCorrecao");
            Objects.requireNonNull(xCondUso, "xCondUso");
        }
    }

    /**
     * A manifestação do destinatário (events 210200 confirmação, 210210 ciência, 210220 desconhecimento, 210240
     * operação não realizada).
     *
     * @param xJust {@code detEvento/xJust}: the justification, which only 210240 carries
     */
    record Manifestation(Optional<String> xJust) implements EventDetail {
        public Manifestation {
            Objects.requireNonNull(xJust, "xJust");
        }
    }

    /** Any other event type, or a {@code retEvento} alone, which has no detEvento; see {@link Event#detEventoXml()}. */
    record Other() implements EventDetail {
    }
}
