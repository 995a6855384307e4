package dev.nfe.core.generate;

import java.time.LocalDate;
import java.util.Objects;

/** The options of an {@link NfeGenerator}, validated once. */
record GeneratorSettings(long seed, int minItems, int maxItems, int nfcePercent, int reformPercent,
                         LocalDate firstIssueDay, LocalDate lastIssueDay, int emitterCount, int recipientCount,
                         SignatureMode signature) {
    /** The most items the layout allows in one document ({@code det} maxOccurs). */
    static final int MAX_ITEMS = 990;

    GeneratorSettings {
        Objects.requireNonNull(firstIssueDay, "firstIssueDay");
        Objects.requireNonNull(lastIssueDay, "lastIssueDay");
        Objects.requireNonNull(signature, "signature");
        if (minItems < 1 || maxItems < minItems || maxItems > MAX_ITEMS) {
            throw new IllegalArgumentException("Cannot generate " + minItems + ".." + maxItems
                    + " items per document: need 1 <= min <= max <= " + MAX_ITEMS);
        }
        requirePercent("nfcePercent", nfcePercent);
        requirePercent("reformPercent", reformPercent);
        if (lastIssueDay.isBefore(firstIssueDay)) {
            throw new IllegalArgumentException("Cannot issue between " + firstIssueDay + " and " + lastIssueDay
                    + ": the period ends before it starts");
        }
        if (firstIssueDay.getYear() < 2000 || lastIssueDay.getYear() > 2099) {
            throw new IllegalArgumentException("Cannot issue between " + firstIssueDay + " and " + lastIssueDay
                    + ": the layout's dates run from 2000 to 2099");
        }
        if (emitterCount < 1 || recipientCount < 1) {
            throw new IllegalArgumentException("Cannot draw from " + emitterCount + " emitters and " + recipientCount
                    + " company recipients: both must be at least 1");
        }
    }

    private static void requirePercent(String name, int value) {
        if (value < 0 || value > 100) {
            throw new IllegalArgumentException("Cannot use " + name + "=" + value + ": must be 0 to 100");
        }
    }

    /** Whether documents and events carry a placeholder XML signature. */
    enum SignatureMode {
        NONE, DUMMY
    }
}
