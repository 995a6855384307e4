package dev.nfe.core.xml;

import dev.nfe.core.model.UnmappedElement;
import dev.nfe.core.spi.Finding;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A forward-only walk over an {@link XMLStreamReader} shaped for the layout readers: it moves from child to child,
 * reads element text, converts values, enforces the depth and attribute limits on every element (skipped ones too),
 * keeps the element path for findings, and collects the findings of the document being read.
 *
 * <p>Readers are called positioned on their group's start tag and return positioned on its end tag. Conversions never
 * throw for a bad value: they record a finding and give a placeholder ({@code 0}, the epoch), and a document with an
 * error finding is quarantined, so placeholders never reach a layer.
 */
final class XmlCursor {
    /** Placeholder for a required timestamp that is missing or invalid; the document is quarantined. */
    static final OffsetDateTime MISSING_DATE_TIME = OffsetDateTime.of(1970, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    private final XMLStreamReader reader;
    private final XmlLimits limits;
    private final String[] path;
    /** A copy of the last text event's characters, for the values converted without a string. */
    private char[] scratch = new char[64];
    private int depth;
    private boolean legacyLayout;
    private Set<String> nfeNamespaces = CanonicalXml.NFE_DOCUMENT;
    private List<Finding> findings = new ArrayList<>();
    private List<UnmappedElement> unmapped = new ArrayList<>();

    XmlCursor(XMLStreamReader reader, XmlLimits limits) {
        this.reader = reader;
        this.limits = limits;
        this.path = new String[limits.maxDepth() + 1];
    }

    /** The underlying reader, for the few readers that copy raw XML; only its accessors may be used. */
    XMLStreamReader stream() {
        return reader;
    }

    /**
     * Starts collecting the findings of a new document whose elements are in {@code namespace}: the NF-e one or,
     * tolerated, none.
     */
    void startDocument(String namespace) {
        findings = new ArrayList<>();
        unmapped = new ArrayList<>();
        legacyLayout = false;
        nfeNamespaces = namespace.isEmpty() ? CanonicalXml.NO_NAMESPACE_DOCUMENT : CanonicalXml.NFE_DOCUMENT;
    }

    /**
     * The canonical XML of the current element (see {@link CanonicalXml}), the elements of the document's namespace
     * in the NF-e one; positioned on its end tag afterwards.
     */
    String canonical() throws XMLStreamException {
        return CanonicalXml.copy(this, nfeNamespaces);
    }

    /** A writer of canonical XML for the current element, for a reader that also looks at the content it copies. */
    CanonicalXml canonicalWriter() {
        return new CanonicalXml(nfeNamespaces);
    }

    /**
     * Goes back to collecting into {@code documentFindings} and {@code documentUnmapped}, after reading a document
     * nested in another.
     */
    void resumeDocument(List<Finding> documentFindings, List<UnmappedElement> documentUnmapped) {
        findings = documentFindings;
        unmapped = documentUnmapped;
    }

    /** The findings of the current document so far. */
    List<Finding> findings() {
        return findings;
    }

    /** The elements of the current document skipped so far, kept as canonical XML, in document order. */
    List<UnmappedElement> unmapped() {
        return unmapped;
    }

    /**
     * Notes the layout version ({@code versao}) of the document being read: layouts before 3.10 wrote local times
     * without a UTC offset, which is then only a warning.
     */
    void layoutVersion(String versao) {
        legacyLayout = versao != null && (versao.startsWith("1.") || versao.startsWith("2."));
    }

    /** Moves to the first element, refusing a DTD. */
    void moveToRoot() throws XMLStreamException {
        while (reader.hasNext()) {
            if (next() == XMLStreamConstants.START_ELEMENT) {
                return;
            }
        }
        throw new RejectedInputException(Finding.error(NfeXmlDeserializer.XML_MALFORMED, "",
                "Cannot parse the document: it has no root element"));
    }

    /**
     * Advances one event, enforcing the limits on start tags and refusing DTDs.
     *
     * @return the event type
     */
    int next() throws XMLStreamException {
        int event = reader.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
            if (depth >= limits.maxDepth()) {
                throw new RejectedInputException(Finding.error(NfeXmlDeserializer.XML_TOO_DEEP, currentPath(),
                        "Cannot parse the document: elements nest deeper than " + limits.maxDepth()));
            }
            path[depth++] = reader.getLocalName();
            if (reader.getAttributeCount() > limits.maxAttributes()) {
                throw new RejectedInputException(Finding.error(NfeXmlDeserializer.XML_TOO_MANY_ATTRIBUTES,
                        currentPath(), "Cannot parse the document: element has " + reader.getAttributeCount()
                                + " attributes, the limit is " + limits.maxAttributes()));
            }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
            depth--;
        } else if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
            throw new RejectedInputException(Finding.error(NfeXmlDeserializer.XML_DTD_FORBIDDEN, "",
                    "Cannot parse the document: it declares a DTD or references an entity, which NF-e never does"));
        }
        return event;
    }

    /** The number of open elements, counting the current start tag. */
    int depth() {
        return depth;
    }

    /** The local name of the current start tag. */
    String localName() {
        return reader.getLocalName();
    }

    /** The namespace URI of the current start tag, empty when it has none. */
    String namespace() {
        String uri = reader.getNamespaceURI();
        return uri == null ? "" : uri;
    }

    /** The value of the unqualified attribute {@code name} of the current start tag, if present. */
    Optional<String> attribute(String name) {
        return Optional.ofNullable(reader.getAttributeValue(null, name));
    }

    /**
     * Moves to the next child element of the element whose start tag the cursor is on, or whose previous child it
     * just finished.
     *
     * @return {@code true} on a child's start tag, {@code false} on the parent's end tag
     */
    boolean nextChild() throws XMLStreamException {
        while (true) {
            int event = next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                return true;
            }
            if (event == XMLStreamConstants.END_ELEMENT) {
                return false;
            }
        }
    }

    /** Skips the current element and everything inside it. */
    void skip() throws XMLStreamException {
        int target = depth - 1;
        while (depth > target) {
            next();
        }
    }

    /**
     * Keeps an element the layout does not define here as canonical XML, with a warning: forward compatible, and
     * nothing lost.
     */
    void skipUnknown() throws XMLStreamException {
        String elementPath = currentPath();
        findings.add(Finding.warning(NfeXmlDeserializer.XML_UNKNOWN_ELEMENT, elementPath,
                "Kept element " + reader.getLocalName() + ", which the layout does not define here, as raw XML"
                        + " only"));
        unmapped.add(new UnmappedElement(elementPath, canonical()));
    }

    /** Skips back up to the end tag of the open element at {@code targetDepth}, after a rejected document. */
    void skipTo(int targetDepth) throws XMLStreamException {
        while (depth >= targetDepth) {
            next();
        }
    }

    /** The text of the current element, including CDATA; positioned on its end tag afterwards. */
    String text() throws XMLStreamException {
        return textFrom(next());
    }

    /** The text of the current element, whose first content event, just read, is {@code event}. */
    private String textFrom(int event) throws XMLStreamException {
        return textContinuing(null, event);
    }

    /**
     * The text of the current element: {@code first}, its text already read ({@code null} for none), then the content
     * from {@code event}, just read, to the element's end; nested elements are skipped.
     */
    private String textContinuing(String first, int event) throws XMLStreamException {
        String text = first;
        StringBuilder more = null;
        while (event != XMLStreamConstants.END_ELEMENT) {
            if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE) {
                if (text == null) {
                    text = reader.getText();
                } else {
                    if (more == null) {
                        more = new StringBuilder(text);
                    }
                    more.append(reader.getTextCharacters(), reader.getTextStart(), reader.getTextLength());
                }
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                skipUnknown();
            }
            event = next();
        }
        if (more != null) {
            return more.toString();
        }
        return text == null ? "" : text;
    }

    /** The text of the current element as a number; {@code NUMBER_INVALID} and zero when it is not one. */
    BigDecimal decimal() throws XMLStreamException {
        int event = next();
        if (event != XMLStreamConstants.CHARACTERS) {
            return decimalOf(textFrom(event).strip());
        }
        // the usual case, one text event: parsed from a copy of the parser's characters, without a string
        int length = reader.getTextLength();
        if (scratch.length < length) {
            scratch = new char[Math.max(length, 2 * scratch.length)];
        }
        System.arraycopy(reader.getTextCharacters(), reader.getTextStart(), scratch, 0, length);
        event = next();
        if (event != XMLStreamConstants.END_ELEMENT) {
            return decimalOf(textContinuing(new String(scratch, 0, length), event).strip());
        }
        int start = 0;
        int end = length;
        while (start < end && Character.isWhitespace(scratch[start])) {
            start++;
        }
        while (end > start && Character.isWhitespace(scratch[end - 1])) {
            end--;
        }
        try {
            return new BigDecimal(scratch, start, end - start);
        } catch (NumberFormatException e) {
            return invalidNumber(new String(scratch, start, end - start));
        }
    }

    private BigDecimal decimalOf(String text) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return invalidNumber(text);
        }
    }

    private BigDecimal invalidNumber(String text) {
        findings.add(Finding.error(NfeXmlDeserializer.NUMBER_INVALID, closedPath(),
                "Value '" + text + "' is not a number"));
        return BigDecimal.ZERO;
    }

    /** The text of the current element as a date ({@code AAAA-MM-DD}); empty, with a finding, when invalid. */
    Optional<LocalDate> date() throws XMLStreamException {
        String text = text().strip();
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            findings.add(Finding.error(NfeXmlDeserializer.DATE_INVALID, closedPath(),
                    "Value '" + text + "' is not a date AAAA-MM-DD"));
            return Optional.empty();
        }
    }

    /** The text of the current element as a required date; the epoch, with a finding, when invalid. */
    LocalDate requiredDate() throws XMLStreamException {
        return date().orElse(LocalDate.EPOCH);
    }

    /** The text of the current element as a time ({@code hh:mm:ss}, layout 2.00); empty, with a finding, if invalid. */
    Optional<LocalTime> time() throws XMLStreamException {
        String text = text().strip();
        try {
            return Optional.of(LocalTime.parse(text));
        } catch (DateTimeParseException e) {
            findings.add(Finding.error(NfeXmlDeserializer.DATE_INVALID, closedPath(),
                    "Value '" + text + "' is not a time hh:mm:ss"));
            return Optional.empty();
        }
    }

    /**
     * The text of the current element as a timestamp with its UTC offset (TDateTimeUTC). Without an offset it is
     * empty with {@code DATE_WITHOUT_OFFSET}: an error, except in layouts before 3.10, which had no offset.
     */
    Optional<OffsetDateTime> dateTime() throws XMLStreamException {
        String text = text().strip();
        OffsetDateTime usual = usualDateTime(text);
        if (usual != null) {
            return Optional.of(usual);
        }
        try {
            return Optional.of(OffsetDateTime.parse(text));
        } catch (DateTimeParseException e) {
            if (isLocalDateTime(text)) {
                String message = "Value '" + text + "' has no UTC offset";
                findings.add(legacyLayout
                        ? Finding.warning(NfeXmlDeserializer.DATE_WITHOUT_OFFSET, closedPath(), message)
                        : Finding.error(NfeXmlDeserializer.DATE_WITHOUT_OFFSET, closedPath(), message));
            } else {
                findings.add(Finding.error(NfeXmlDeserializer.DATE_INVALID, closedPath(),
                        "Value '" + text + "' is not a timestamp AAAA-MM-DDThh:mm:ssTZD"));
            }
            return Optional.empty();
        }
    }

    /**
     * The text of the current element as a required timestamp; the epoch, with an error finding, when invalid or
     * without offset (even in an old layout, since a placeholder must never be kept).
     */
    OffsetDateTime requiredDateTime() throws XMLStreamException {
        Optional<OffsetDateTime> value = dateTime();
        if (value.isEmpty() && legacyLayout) {
            findings.add(Finding.error(NfeXmlDeserializer.DATE_INVALID, closedPath(),
                    "Cannot read a required timestamp without UTC offset"));
        }
        return value.orElse(MISSING_DATE_TIME);
    }

    /**
     * {@code text} read as the form nearly every NF-e timestamp takes, {@code AAAA-MM-DDThh:mm:ss±hh:mm}, without the
     * ISO parser's general machinery; {@code null} for text of any other form, and for text of this form that is no
     * valid timestamp, which the ISO parser then reads or rejects. Equal to {@link OffsetDateTime#parse} wherever it is
     * not {@code null}.
     */
    static OffsetDateTime usualDateTime(String text) {
        if (text.length() != 25 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
                || text.charAt(13) != ':' || text.charAt(16) != ':' || text.charAt(22) != ':') {
            return null;
        }
        char sign = text.charAt(19);
        int year = (int) digits(text, 0, 4);
        int month = (int) digits(text, 5, 2);
        int day = (int) digits(text, 8, 2);
        int hour = (int) digits(text, 11, 2);
        int minute = (int) digits(text, 14, 2);
        int second = (int) digits(text, 17, 2);
        int offsetHours = (int) digits(text, 20, 2);
        int offsetMinutes = (int) digits(text, 23, 2);
        if ((sign != '+' && sign != '-') || (year | month | day | hour | minute | second | offsetHours
                | offsetMinutes) < 0) {
            return null;
        }
        try {
            ZoneOffset offset = sign == '+' ? ZoneOffset.ofHoursMinutes(offsetHours, offsetMinutes)
                    : ZoneOffset.ofHoursMinutes(-offsetHours, -offsetMinutes);
            return OffsetDateTime.of(year, month, day, hour, minute, second, 0, offset);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * The number the {@code count} ASCII digits of {@code text} from {@code start} spell, at most 18 of them; -1 if any
     * is not one.
     */
    private static long digits(String text, int start, int count) {
        long value = 0;
        for (int i = start; i < start + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static boolean isLocalDateTime(String text) {
        try {
            LocalDateTime.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** {@code value}, or {@code REQUIRED_MISSING} and an empty string when the group lacked element {@code tag}. */
    String required(String value, String tag) {
        if (value == null) {
            missing(tag);
            return "";
        }
        return value;
    }

    /** {@code value}, or {@code REQUIRED_MISSING} and zero when the group did not have element {@code tag}. */
    BigDecimal required(BigDecimal value, String tag) {
        if (value == null) {
            missing(tag);
            return BigDecimal.ZERO;
        }
        return value;
    }

    /** {@code value}, or {@code REQUIRED_MISSING} and the epoch when the group did not have element {@code tag}. */
    LocalDate required(LocalDate value, String tag) {
        if (value == null) {
            missing(tag);
            return LocalDate.EPOCH;
        }
        return value;
    }

    /** {@code value}, or {@code REQUIRED_MISSING} and the epoch when the group did not have element {@code tag}. */
    OffsetDateTime required(OffsetDateTime value, String tag) {
        if (value == null) {
            missing(tag);
            return MISSING_DATE_TIME;
        }
        return value;
    }

    /**
     * {@code group}, or a rejection of the whole document when the group did not have the required subgroup
     * {@code tag}: a record cannot be built without it.
     */
    <T> T requiredGroup(T group, String tag) throws RejectedDocumentException {
        if (group == null) {
            throw new RejectedDocumentException(Finding.error(NfeXmlDeserializer.REQUIRED_MISSING,
                    closedPath() + "/" + tag, "Cannot read the document: required group " + tag + " is missing"));
        }
        return group;
    }

    /** {@code value} as an int counter, or a finding and 0 when it is missing or not an integer. */
    int toInt(String value, String tag) {
        return (int) toLong(value, tag, Integer.MAX_VALUE);
    }

    /** {@code value} as a long counter, or a finding and 0 when it is missing or not an integer. */
    long toLong(String value, String tag) {
        return toLong(value, tag, Long.MAX_VALUE);
    }

    private long toLong(String value, String tag, long max) {
        if (value == null) {
            missing(tag);
            return 0;
        }
        String text = value.strip();
        long parsed = parseCounter(text);
        if (parsed < 0 || parsed > max) {
            findings.add(Finding.error(NfeXmlDeserializer.NUMBER_INVALID, closedPath() + "/" + tag,
                    "Value '" + text + "' is not a counter"));
            return 0;
        }
        return parsed;
    }

    /** The non-negative integer {@code text} spells, or -1; counters have at most 18 digits, so no overflow. */
    private static long parseCounter(String text) {
        return text.isEmpty() || text.length() > 18 ? -1 : digits(text, 0, text.length());
    }

    /** Adds an error finding about the element that just closed. */
    void error(String code, String message) {
        findings.add(Finding.error(code, closedPath(), message));
    }

    /** Adds a warning finding about the element that just closed. */
    void warning(String code, String message) {
        findings.add(Finding.warning(code, closedPath(), message));
    }

    /** Adds a warning finding about the child {@code tag} of the element that just closed. */
    void warning(String code, String tag, String message) {
        findings.add(Finding.warning(code, closedPath() + "/" + tag, message));
    }

    private void missing(String tag) {
        findings.add(Finding.error(NfeXmlDeserializer.REQUIRED_MISSING, closedPath() + "/" + tag,
                "Required element " + tag + " is missing"));
    }

    /** The path of the open elements, ending with the current start tag. */
    String currentPath() {
        return join(depth);
    }

    /**
     * The path of the element that just closed: the cursor is on its end tag, so it is one level below the open
     * elements, and its name is still in the path array.
     */
    String closedPath() {
        return join(Math.min(depth + 1, path.length));
    }

    private String join(int length) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            sb.append('/').append(path[i]);
        }
        return sb.toString();
    }
}
