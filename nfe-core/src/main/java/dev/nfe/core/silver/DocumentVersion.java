package dev.nfe.core.silver;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import java.util.regex.Pattern;

/**
 * Which version of a chave de acesso a document is, for the version columns every silver row carries: the bronze
 * content hash ({@code doc_hash}) and whether the stored file carries an XML signature (for {@code doc_kind}).
 *
 * @param docHash lower-case hex SHA-256 of the bronze bytes
 * @param signed whether the document carries a {@code Signature} (its {@code SignatureValue})
 */
public record DocumentVersion(String docHash, boolean signed) {
    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

    private static final String SIGNATURE_VALUE = "SignatureValue";
    private static final int BLOCK = 8192;
    /** The bytes a block keeps of the one before, so that a name cut by the block's edge is still found. */
    private static final int OVERLAP = SIGNATURE_VALUE.length() - 1;

    /**
     * The version of a document stored as {@code content} (gzip-compressed or not) whose bronze hash is
     * {@code docHash}: signed when its content names a {@code SignatureValue} (XML or JSON form).
     *
     * @throws UncheckedIOException if compressed content cannot be read
     */
    public static DocumentVersion of(String docHash, InputStream content) {
        try (InputStream in = new BufferedInputStream(content)) {
            in.mark(2);
            int first = in.read();
            int second = in.read();
            in.reset();
            InputStream plain = first == 0x1f && second == 0x8b ? new GZIPInputStream(in) : in;
            return new DocumentVersion(docHash, contains(plain));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the document of version " + docHash, e);
        }
    }

    // Latin-1 maps each byte to one char, so String.indexOf, which the JVM vectorises, searches the bytes themselves
    private static boolean contains(InputStream in) throws IOException {
        byte[] block = new byte[OVERLAP + BLOCK];
        int kept = 0;
        for (int read = in.read(block, kept, BLOCK); read != -1; read = in.read(block, kept, BLOCK)) {
            int length = kept + read;
            if (new String(block, 0, length, StandardCharsets.ISO_8859_1).contains(SIGNATURE_VALUE)) {
                return true;
            }
            kept = Math.min(length, OVERLAP);
            System.arraycopy(block, length - kept, block, 0, kept);
        }
        return false;
    }

    public DocumentVersion {
        Objects.requireNonNull(docHash, "docHash");
        if (!HEX.matcher(docHash).matches()) {
            throw new IllegalArgumentException("Cannot create DocumentVersion: docHash is not 64 hex digits");
        }
    }
}
