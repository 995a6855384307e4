package dev.nfe.core.extract;

import dev.nfe.core.spi.MediaType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives a raw document its bronze id without parsing it: the chave de acesso found by a few patterns in the first
 * {@value #SNIFF_WINDOW} bytes, else {@code sha256-<hex>} of the content. Bronze de-duplicates by this id, so two
 * different documents must never share one:
 * <ul>
 *   <li>an invoice ({@code infNFe/@Id="NFe…"}, in XML or in a JSON form, also escaped inside a JSON string) gets its
 *       44-character chave (digits, or with the alphanumeric CNPJ base valid from July 2026);</li>
 *   <li>an event ({@code infEvento/@Id="ID…"}) gets its layout id ({@code ID} + event type + chave + sequence), because
 *       it carries the chave of the invoice it refers to;</li>
 *   <li>a document with only a {@code chNFe} gets that chave, prefixed {@code resNFe-} for a SEFAZ summary, which
 *       would otherwise collide with its invoice; a {@code resEvento} summary gets the hash;</li>
 *   <li>a collection (a JSON array, NDJSON, an enviNFe batch naming several chaves) gets the hash.</li>
 * </ul>
 * The check digit is not verified: the id only has to be stable and distinct, the validator reports a bad chave.
 */
final class DocumentId {
    /** How much of a document is searched for its chave. */
    static final int SNIFF_WINDOW = 64 * 1024;

    /** A chave: digits, except the CNPJ base (its 7th to 18th characters), alphanumeric from July 2026. */
    private static final String CHAVE = "\\d{6}[0-9A-Z]{12}\\d{26}";
    /**
     * An {@code Id} attribute, {@code Id="…"} (its quote perhaps escaped inside a JSON string) or {@code "Id": "…"} /
     * {@code "@Id": "…"}, up to its value. It starts with the literal {@code Id} (the conditions on what precedes it
     * are look-behinds), so that {@link #distinctIds} only tries it where {@code Id} occurs.
     */
    private static final String ID_ATTRIBUTE = "Id(?<!\\wId)(?:\\s*=\\s*\\\\?[\"']|(?<=\"@?Id)\"\\s*:\\s*\")";
    private static final Pattern NFE_ID = Pattern.compile(ID_ATTRIBUTE + "NFe(" + CHAVE + ")\\b");
    /** Any event id, even one not of the layout's form (bronze then names the event by its hash, not its chNFe). */
    private static final Pattern EVENT_ID = Pattern.compile(ID_ATTRIBUTE + "ID([0-9A-Z]+)\\b");
    private static final Pattern CH_NFE = Pattern.compile(
            "<(?:\\w+:)?chNFe>\\s*(" + CHAVE + ")\\s*<|\"@?chNFe\"\\s*:\\s*\"(" + CHAVE + ")\"");
    private static final Pattern RES_NFE = Pattern.compile("<(?:\\w+:)?resNFe[\\s>]|\"resNFe\"\\s*:");
    private static final Pattern RES_EVENTO = Pattern.compile("<(?:\\w+:)?resEvento[\\s>]|\"resEvento\"\\s*:");

    private DocumentId() {
    }

    /**
     * The id of {@code content}, uncompressed: its sniffed id, else its hash.
     *
     * @param mediaType the detected media type; NDJSON always gets the hash
     */
    static String of(byte[] content, MediaType mediaType) {
        return sniff(content, mediaType).orElseGet(() -> hash(content));
    }

    /** The id found in the first {@value #SNIFF_WINDOW} bytes of {@code content}, if one identifies it alone. */
    static Optional<String> sniff(byte[] content, MediaType mediaType) {
        if (mediaType == MediaType.NDJSON || firstSignificantByte(content) == '[') {
            return Optional.empty();
        }
        // ISO-8859-1 maps bytes to chars one to one, so the ASCII patterns match UTF-8 content too.
        String head = new String(content, 0, Math.min(content.length, SNIFF_WINDOW), StandardCharsets.ISO_8859_1);
        Set<String> chaves = distinctIds(NFE_ID, head);
        if (!chaves.isEmpty()) {
            return single(chaves, "");
        }
        Set<String> eventIds = distinctIds(EVENT_ID, head);
        if (!eventIds.isEmpty()) {
            return single(eventIds, "ID");
        }
        if (RES_EVENTO.matcher(head).find()) {
            return Optional.empty();
        }
        return single(distinct(CH_NFE, head), RES_NFE.matcher(head).find() ? "resNFe-" : "");
    }

    private static Optional<String> single(Set<String> found, String prefix) {
        return found.size() == 1 ? Optional.of(prefix + found.iterator().next()) : Optional.empty();
    }

    /** {@code sha256-<hex>} of {@code content}. */
    static String hash(byte[] content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content);
            return "sha256-" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform provides SHA-256", e);
        }
    }

    /** The first byte that is not whitespace or a UTF-8 byte order mark, or -1 for none. */
    static int firstSignificantByte(byte[] content) {
        int i = 0;
        if (content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF) {
            i = 3;
        }
        for (; i < content.length; i++) {
            int b = content[i] & 0xFF;
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return b;
            }
        }
        return -1;
    }

    /**
     * What {@link #distinct} finds for a pattern that starts with {@code Id}, trying it only where {@code Id} occurs:
     * {@code String.indexOf} skips the rest of a document much faster than the matcher would.
     */
    private static Set<String> distinctIds(Pattern pattern, String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int at = text.indexOf("Id");
        while (at >= 0) {
            matcher.region(at, text.length());
            if (matcher.lookingAt()) {
                found.add(matcher.group(1));
                at = text.indexOf("Id", matcher.end());
            } else {
                at = text.indexOf("Id", at + 1);
            }
        }
        return found;
    }

    private static Set<String> distinct(Pattern pattern, String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
        }
        return found;
    }
}
