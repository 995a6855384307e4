package dev.nfe.core.validate;

/**
 * The codes of the {@link dev.nfe.core.spi.Finding}s nfe-core produces, with the severity each is reported at: those of
 * {@link NfeValidator} and, so that one page lists them all, those of the XML and JSON deserializers. Branch on these
 * constants, never on a finding's message.
 *
 * <p>Severities were calibrated against the NF-e conformance corpus: every check its manifest calls hard (chave shape
 * and check digit, item sum against {@code vProd}, the {@code vNF} formula, protocol chave) is an error, and everything
 * the corpus shows in documents it calls valid (chave fields that disagree with {@code ide}, invalid issuer CNPJ check
 * digits in anonymised fixtures, tax totals that do not add up) is a warning.
 */
public final class FindingCodes {

    // ---- NfeValidator: the access key --------------------------------------------------------------------------

    /** ERROR: the chave is not 44 characters of digits (letters allowed only in the CNPJ base, positions 7-18). */
    public static final String CHAVE_FORMAT = "CHAVE_FORMAT";

    /** ERROR: the chave's last digit (cDV) is not the mod-11 check digit of its first 43 characters. */
    public static final String CHAVE_CHECK_DIGIT = "CHAVE_CHECK_DIGIT";

    /**
     * WARNING: fields encoded in the chave (cUF, AAMM, CNPJ, mod, serie, nNF, tpEmis, cNF, cDV) disagree with
     * {@code ide}/{@code emit}; one finding lists every field that disagrees. Common in anonymised fixtures.
     */
    public static final String CHAVE_MISMATCH = "CHAVE_MISMATCH";

    // ---- NfeValidator: the authorisation protocol --------------------------------------------------------------

    /** ERROR: {@code protNFe/infProt/chNFe} differs from the chave in {@code infNFe/@Id}. */
    public static final String PROTOCOL_KEY_MISMATCH = "PROTOCOL_KEY_MISMATCH";

    /** WARNING: the protocol denies the use of the note (cStat 110, 301, 302, 303); the note is kept and flagged. */
    public static final String PROTOCOL_DENIED = "PROTOCOL_DENIED";

    /** WARNING: the protocol records a cancellation (cStat 101, 151, 155, or 135 stored as the protocol). */
    public static final String PROTOCOL_CANCELLED = "PROTOCOL_CANCELLED";

    /** WARNING: the protocol has any other cStat than 100 or 150 (authorised). A note without protocol is normal. */
    public static final String PROTOCOL_NOT_AUTHORIZED = "PROTOCOL_NOT_AUTHORIZED";

    // ---- NfeValidator: structure and parties -------------------------------------------------------------------

    /**
     * ERROR: a field or group the layout requires is missing: no item ({@code det}), an issuer without CNPJ or CPF,
     * no emission date, an event without the details its type requires.
     */
    public static final String REQUIRED_FIELD = "REQUIRED_FIELD";

    /**
     * WARNING: an NFC-e (mod 65) of layout 4.00 without {@code infNFeSupl} (its QR code). The XSD makes the group
     * optional; only SEFAZ authorisation requires it, so an unsigned, pre-authorisation or contingency input is kept.
     */
    public static final String NFCE_SUPL_MISSING = "NFCE_SUPL_MISSING";

    /** WARNING: a CNPJ (issuer, recipient, event author) is malformed or fails its two check digits. */
    public static final String CNPJ_CHECK_DIGIT = "CNPJ_CHECK_DIGIT";

    /** WARNING: a CPF (issuer, recipient, event author) is malformed or fails its two check digits. */
    public static final String CPF_CHECK_DIGIT = "CPF_CHECK_DIGIT";

    // ---- NfeValidator: totals and amounts ----------------------------------------------------------------------

    /** ERROR: {@code ICMSTot/vProd} differs by more than one cent from the sum of the items with indTot=1. */
    public static final String TOTAL_VPROD = "TOTAL_VPROD";

    /** ERROR: {@code ICMSTot/vNF} differs by more than one cent from its formula and from every accepted variant. */
    public static final String TOTAL_VNF = "TOTAL_VNF";

    /**
     * WARNING: {@code total/vNFTot} (reforma tributária) differs by more than one cent from the sum of the items'
     * {@code vItem} or, when the items carry none, from vNF plus the IBS, CBS and IS amounts (or vNF alone, as in
     * 2026). A warning while the NT 2025.002 rule is not settled.
     */
    public static final String TOTAL_VNFTOT = "TOTAL_VNFTOT";

    /** WARNING: a tax total (ICMSTot, ISSQNtot, IBSCBSTot, ISTot) differs by more than one cent from its items. */
    public static final String TOTAL_TAX = "TOTAL_TAX";

    /** ERROR: a negative amount or quantity, which no layout decimal type allows. */
    public static final String NEGATIVE_AMOUNT = "NEGATIVE_AMOUNT";

    /** WARNING: a date precedes the one it follows (dhSaiEnt or dhRecbto before dhEmi, beyond a clock tolerance). */
    public static final String DATE_ORDER = "DATE_ORDER";

    // ---- NfeValidator: events -----------------------------------------------------------------------------------

    /** ERROR: the event sequence number (nSeqEvento) is outside 1..99. */
    public static final String EVENT_SEQUENCE_INVALID = "EVENT_SEQUENCE_INVALID";

    /** WARNING: an event text is outside its layout length (xJust 15..255, xCorrecao 15..1000 characters). */
    public static final String EVENT_TEXT_LENGTH = "EVENT_TEXT_LENGTH";

    /** WARNING: the event's result (retEvento) has a cStat other than 135, 136 or 155 (registered). */
    public static final String EVENT_NOT_REGISTERED = "EVENT_NOT_REGISTERED";

    /** WARNING: the event's result (retEvento) names another chNFe than the event; the event's chave is kept. */
    public static final String EVENT_RESULT_CHAVE_MISMATCH = "EVENT_RESULT_CHAVE_MISMATCH";

    // ---- Deserializers (listed here for reference; produced by dev.nfe.core.xml and dev.nfe.core.json) ---------

    /** ERROR (XML): the document is not well-formed XML. */
    public static final String XML_MALFORMED = "XML_MALFORMED";

    /** ERROR (XML): the document declares a DTD, which the hardened reader refuses. */
    public static final String XML_DTD_FORBIDDEN = "XML_DTD_FORBIDDEN";

    /** WARNING (XML): a known NF-e root whose elements are in no namespace, read as the NF-e namespace. */
    public static final String XML_NO_NAMESPACE = "XML_NO_NAMESPACE";

    /** WARNING (XML): NF-e documents read inside a root element the layout does not define. */
    public static final String XML_WRAPPER_ROOT = "XML_WRAPPER_ROOT";

    /** ERROR (XML): a layout date-time (such as {@code dhEmi}) lacks its UTC offset. */
    public static final String DATE_WITHOUT_OFFSET = "DATE_WITHOUT_OFFSET";

    /** ERROR (XML): a layout number is not a decimal the layout allows. */
    public static final String NUMBER_INVALID = "NUMBER_INVALID";

    /** ERROR (JSON): not JSON: a syntax error, a duplicate member, content after the root value. */
    public static final String JSON_MALFORMED = "JSON_MALFORMED";

    /** ERROR (JSON): a value of the wrong type where the conversion needs another. */
    public static final String JSON_WRONG_TYPE = "JSON_WRONG_TYPE";

    /** ERROR (JSON): an object that is none of the supported forms, or mixes two of them. */
    public static final String JSON_UNKNOWN_FORM = "JSON_UNKNOWN_FORM";

    /** ERROR (JSON): a document or page element larger than the per-document limit. */
    public static final String JSON_TOO_LARGE = "JSON_TOO_LARGE";

    /** ERROR (JSON): a parser limit such as the nesting depth or the number length. */
    public static final String JSON_LIMIT_EXCEEDED = "JSON_LIMIT_EXCEEDED";

    /** ERROR (JSON): a member name that is no XML name, or text with characters XML 1.0 forbids. */
    public static final String JSON_NOT_XML_COMPATIBLE = "JSON_NOT_XML_COMPATIBLE";

    /** ERROR (JSON): an envelope whose XML string is not valid base64. */
    public static final String ENVELOPE_BAD_BASE64 = "ENVELOPE_BAD_BASE64";

    /** WARNING (JSON): an envelope whose received-at time is not an ISO-8601 instant; the fetch time is kept. */
    public static final String ENVELOPE_BAD_RECEIVED_AT = "ENVELOPE_BAD_RECEIVED_AT";

    /** WARNING (JSON): an envelope whose access key differs from the one inside its document. */
    public static final String ENVELOPE_CHAVE_MISMATCH = "ENVELOPE_CHAVE_MISMATCH";

    /** ERROR (gzip): content that inflates past the allowed ratio of inflated to compressed size. */
    public static final String GZIP_RATIO_EXCEEDED = "GZIP_RATIO_EXCEEDED";

    /** ERROR (gzip): content that inflates past the size limit. */
    public static final String GZIP_TOO_LARGE = "GZIP_TOO_LARGE";

    /** ERROR (gzip): content that is corrupt or truncated. */
    public static final String GZIP_MALFORMED = "GZIP_MALFORMED";

    private FindingCodes() {
    }
}
