package dev.nfe.core.validate;

import dev.nfe.core.model.FiscalDocument;
import dev.nfe.core.spi.Finding;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Validates a parsed fiscal document against the NF-e domain rules and returns what it finds; the codes are listed in
 * {@link FindingCodes}. A document with an error-level finding belongs in quarantine, warnings are kept and counted.
 *
 * <p>Immutable and thread-safe: build one and share it. The findings come in a fixed order (rule by rule, then
 * document order within a rule), so the same document always yields the same list.
 */
public final class NfeValidator {

    private final List<Rule> rules;

    /** A validator with the given options. */
    public NfeValidator(Options options) {
        Objects.requireNonNull(options, "options");
        this.rules = List.of(
                new AccessKeyRule(),
                new ChaveConsistencyRule(),
                new ProtocolRule(),
                new RequiredFieldRule(),
                new PartyIdRule(),
                new TotalsRule(),
                new TaxTotalsRule(),
                new NegativeAmountRule(),
                new DateOrderRule(options.clockTolerance()),
                new EventRule());
    }

    /** A validator with the {@linkplain Options#defaults() default options}. */
    public static NfeValidator standard() {
        return new NfeValidator(Options.defaults());
    }

    /** The findings for {@code document}, errors and warnings, in a fixed order; empty when it passes every rule. */
    public List<Finding> validate(FiscalDocument document) {
        Objects.requireNonNull(document, "document");
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : rules) {
            findings.addAll(rule.check(document));
        }
        return List.copyOf(findings);
    }

    /**
     * Validation options.
     *
     * @param clockTolerance how far a later timestamp may precede an earlier one before {@code DATE_ORDER} is
     *     reported (issuer and SEFAZ clocks drift; SEFAZ itself accepts a few minutes)
     */
    public record Options(Duration clockTolerance) {

        /** The default clock tolerance: five minutes. */
        public static final Duration DEFAULT_CLOCK_TOLERANCE = Duration.ofMinutes(5);

        public Options {
            Objects.requireNonNull(clockTolerance, "clockTolerance");
            if (clockTolerance.isNegative()) {
                throw new IllegalArgumentException(
                        "Cannot create Options: clockTolerance must not be negative, was " + clockTolerance);
            }
        }

        /** The default options. */
        public static Options defaults() {
            return new Options(DEFAULT_CLOCK_TOLERANCE);
        }
    }
}
