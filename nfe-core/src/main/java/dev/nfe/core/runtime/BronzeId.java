package dev.nfe.core.runtime;

import dev.nfe.core.spi.RawDocument;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The bronze id of a document version: the name bronze gives it in paths and claims, made from the extractor's id
 * and a hash of the content, so that every distinct version of one chave de acesso is kept and the same content is
 * kept once.
 *
 * <p>An extractor's id is used only when it has one of the layout's forms, checked exactly: a chave
 * ({@code [0-9A-Z]{44}}, digits or, from 2026, the alphanumeric CNPJ form), an event id ({@code ID} + 6-digit type +
 * chave + 2-digit sequence) or a SEFAZ summary ({@code resNFe-} + chave). The bronze id is then
 * {@code <id>-<first 16 hex digits of the content hash>}. Any other id (a content hash, or a value read from a
 * document that has none of these forms) is dropped and the id is {@code sha256-<content hash>}. No document value
 * therefore reaches a path unchecked, and names stay short.
 *
 * <p><b>Same content</b> means the same {@linkplain #contentHash(byte[]) content hash}: SHA-256 over the stored bytes,
 * after dropping a leading UTF-8 byte order mark and turning CRLF line endings into LF when the content is not
 * gzip-compressed. Files differing in anything else (whitespace, attribute order, encoding, a signature, a
 * protocol) are distinct versions.
 *
 * @param id the bronze id
 * @param base the extractor's id, when it has a layout form
 * @param contentHash the content hash, 64 hex digits
 * @param storedHash the SHA-256 of the bytes as stored, 64 hex digits: the content hash when nothing was normalised
 */
record BronzeId(String id, Optional<String> base, String contentHash, String storedHash) {
    private static final Pattern LAYOUT_ID = Pattern.compile("(?:resNFe-)?[0-9A-Z]{44}|ID\\d{6}[0-9A-Z]{44}\\d{2}");
    private static final int SHORT_HASH = 16;

    BronzeId {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(storedHash, "storedHash");
    }

    /** The bronze id of {@code document}. */
    static BronzeId of(RawDocument document) {
        byte[] bytes = document.bytes();
        String stored = HexFormat.of().formatHex(sha256().digest(bytes));
        // most documents need no normalising, and then one pass gives both hashes
        String hash = needsNoNormalising(bytes) ? stored : normalisedHash(bytes);
        String candidate = document.id();
        if (candidate.length() <= 60 && LAYOUT_ID.matcher(candidate).matches()) {
            return new BronzeId(candidate + "-" + hash.substring(0, SHORT_HASH), Optional.of(candidate), hash, stored);
        }
        return new BronzeId("sha256-" + hash, Optional.empty(), hash, stored);
    }

    /** The hex SHA-256 of {@code bytes} as "same content" is defined above. */
    static String contentHash(byte[] bytes) {
        return needsNoNormalising(bytes) ? HexFormat.of().formatHex(sha256().digest(bytes)) : normalisedHash(bytes);
    }

    private static String normalisedHash(byte[] bytes) {
        MessageDigest digest = sha256();
        int start = hasByteOrderMark(bytes) ? 3 : 0;
        byte[] normalised = new byte[bytes.length - start];
        int n = 0;
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] == '\r' && i + 1 < bytes.length && bytes[i + 1] == '\n') {
                continue;
            }
            normalised[n++] = bytes[i];
        }
        digest.update(normalised, 0, n);
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Whether the content hash of {@code bytes} is the hash of the bytes themselves: gzip, or no BOM and no CRLF. */
    private static boolean needsNoNormalising(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b) {
            return true;
        }
        if (hasByteOrderMark(bytes)) {
            return false;
        }
        for (int i = 0; i + 1 < bytes.length; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                return false;
            }
        }
        return true;
    }

    private static boolean hasByteOrderMark(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform provides SHA-256", e);
        }
    }
}
