package dev.nfe.core.xml;

import dev.nfe.core.model.FiscalDocument;
import dev.nfe.core.spi.Deserializer;
import dev.nfe.core.spi.Finding;
import dev.nfe.core.spi.ParseOutcome;
import dev.nfe.core.spi.RawDocument;
import dev.nfe.core.xml.XmlResult.XmlDocument;
import dev.nfe.core.xml.XmlResult.XmlFailure;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code nfe-xml} deserializer: parses NF-e XML (plain or gzip) with a hardened streaming parser, validates each
 * document it finds, and hands out one {@link ParseOutcome} per document: {@code Parsed} with its warnings, or
 * {@code Quarantined} when the parse or the validation found an error. No exception leaves
 * {@link #deserialize}, whatever the bytes.
 *
 * <p>An input holding several documents (an enviNFe lot, an nfeProc with a cancellation retEvento) quarantines each
 * failing document as the whole raw input with the id suffixed {@code #<n>}, n counting documents from 1. Other
 * modules reuse this class for XML they produce themselves (the JSON deserializer converts to XML bytes first).
 * Immutable and thread-safe if the validator is.
 */
public final class NfeXmlDeserializer implements Deserializer {
    /** A DTD or entity declaration, refused to prevent XXE and entity expansion attacks. */
    public static final String XML_DTD_FORBIDDEN = "XML_DTD_FORBIDDEN";
    /** The document (or its decompressed content) is over the size limit. */
    public static final String XML_TOO_LARGE = "XML_TOO_LARGE";
    /** Elements nest deeper than the limit. */
    public static final String XML_TOO_DEEP = "XML_TOO_DEEP";
    /** An element has more attributes than the limit. */
    public static final String XML_TOO_MANY_ATTRIBUTES = "XML_TOO_MANY_ATTRIBUTES";
    /** Gzip content inflates more than the ratio limit allows: a decompression bomb. */
    public static final String GZIP_RATIO_EXCEEDED = "GZIP_RATIO_EXCEEDED";
    /** Gzip content that cannot be decompressed. */
    public static final String GZIP_CORRUPT = "GZIP_CORRUPT";
    /** Not well-formed XML, including truncated documents; the message gives line and column. */
    public static final String XML_MALFORMED = "XML_MALFORMED";
    /** Bytes that are not valid in the document's encoding. */
    public static final String XML_ENCODING = "XML_ENCODING";
    /** The root element is not in the NF-e namespace. */
    public static final String XML_WRONG_NAMESPACE = "XML_WRONG_NAMESPACE";
    /** The root element is in the NF-e namespace but holds no document this library reads. */
    public static final String XML_UNSUPPORTED_ROOT = "XML_UNSUPPORTED_ROOT";
    /** A warning: a known NF-e root whose elements are in no namespace; read as if in the NF-e namespace. */
    public static final String XML_NO_NAMESPACE = "XML_NO_NAMESPACE";
    /** A warning: NF-e documents read inside a root element the layout does not define (an ERP's archive). */
    public static final String XML_WRAPPER_ROOT = "XML_WRAPPER_ROOT";
    /** Well-formed XML without any fiscal document. */
    public static final String XML_NO_DOCUMENT = "XML_NO_DOCUMENT";
    /** A warning: an element the layout does not define at that place was skipped. */
    public static final String XML_UNKNOWN_ELEMENT = "XML_UNKNOWN_ELEMENT";
    /** A warning: a value the layout places elsewhere (an attribute written as an element) was kept. */
    public static final String LAYOUT_DEVIATION = "LAYOUT_DEVIATION";
    /** A warning: a value an older layout variant lacks was derived from the others (vIBS = vIBSUF + vIBSMun). */
    public static final String DERIVED_VALUE = "DERIVED_VALUE";
    /** A required element or group is missing. */
    public static final String REQUIRED_MISSING = "REQUIRED_MISSING";
    /** A value that should be a number is not one. */
    public static final String NUMBER_INVALID = "NUMBER_INVALID";
    /** A value that should be a date or timestamp is not one. */
    public static final String DATE_INVALID = "DATE_INVALID";
    /** A layout timestamp (TDateTimeUTC) without its UTC offset; a warning in layouts before 3.10. */
    public static final String DATE_WITHOUT_OFFSET = "DATE_WITHOUT_OFFSET";
    /** The infNFe/@Id does not have the form {@code NFe<chave>}. */
    public static final String CHAVE_INVALID = "CHAVE_INVALID";
    /** The deserializer or the validator failed; the message names the exception class. */
    public static final String INTERNAL_ERROR = "INTERNAL_ERROR";

    private static final Logger log = LoggerFactory.getLogger(NfeXmlDeserializer.class);

    private final NfeXmlParser parser;
    private final Function<FiscalDocument, List<Finding>> validator;

    /**
     * @param limits the limits enforced on every input
     * @param validator the domain validation run on every parsed document (check digits, totals …)
     */
    public NfeXmlDeserializer(XmlLimits limits, Function<FiscalDocument, List<Finding>> validator) {
        this.parser = new NfeXmlParser(Objects.requireNonNull(limits, "limits"));
        this.validator = Objects.requireNonNull(validator, "validator");
    }

    @Override
    public void deserialize(RawDocument document, Consumer<ParseOutcome> outcomes) {
        outcomesOf(document).forEach(outcomes);
    }

    private List<ParseOutcome> outcomesOf(RawDocument raw) {
        List<XmlResult> results;
        try {
            results = parser.parse(raw.openStream(), raw.size());
        } catch (RuntimeException e) {
            // The exception's message may quote document text (LGPD): WARN names only its class, DEBUG has it whole.
            log.warn("Cannot parse document {}: {}", raw.id(), e.getClass().getName());
            log.debug("Cannot parse document {}", raw.id(), e);
            return List.of(new ParseOutcome.Quarantined(raw, List.of(internalError("parse", e))));
        }
        if (results.isEmpty()) {
            return List.of(new ParseOutcome.Quarantined(raw, List.of(Finding.error(XML_NO_DOCUMENT, "",
                    "Cannot find an NF-e document in the input"))));
        }
        List<ParseOutcome> outcomes = new ArrayList<>(results.size());
        for (int i = 0; i < results.size(); i++) {
            ParseOutcome outcome = outcomeOf(raw, results, i);
            if (outcome instanceof ParseOutcome.Quarantined quarantined) {
                log.debug("Quarantined document {}: {}", quarantined.document().id(), codes(quarantined.findings()));
            }
            outcomes.add(outcome);
        }
        return outcomes;
    }

    private ParseOutcome outcomeOf(RawDocument raw, List<XmlResult> results, int index) {
        XmlResult result = results.get(index);
        if (result instanceof XmlFailure failure) {
            return new ParseOutcome.Quarantined(rawFor(raw, results.size(), index), failure.findings());
        }
        XmlDocument parsed = (XmlDocument) result;
        List<Finding> findings = new ArrayList<>(parsed.findings());
        findings.addAll(validate(parsed.document()));
        if (findings.stream().anyMatch(Finding::isError)) {
            return new ParseOutcome.Quarantined(rawFor(raw, results.size(), index), findings);
        }
        return new ParseOutcome.Parsed(parsed.document(), raw.source(), findings);
    }

    private List<Finding> validate(FiscalDocument document) {
        try {
            return validator.apply(document);
        } catch (RuntimeException e) {
            log.warn("Cannot validate document {}: {}", document.chave().value(), e.getClass().getName());
            log.debug("Cannot validate document {}", document.chave().value(), e);
            return List.of(internalError("validate", e));
        }
    }

    private static Finding internalError(String step, RuntimeException e) {
        return Finding.error(INTERNAL_ERROR, "", "Cannot " + step + " the document: " + e.getClass().getName());
    }

    /** The raw document to quarantine for result {@code index}: the input itself, with the document's number. */
    private static RawDocument rawFor(RawDocument raw, int count, int index) {
        if (count == 1) {
            return raw;
        }
        return new RawDocument(raw.id() + "#" + (index + 1), raw.bytes(), raw.mediaType(), raw.source(),
                raw.fetchedAt());
    }

    private static List<String> codes(List<Finding> findings) {
        return findings.stream().filter(Finding::isError).map(Finding::code).distinct().toList();
    }
}
