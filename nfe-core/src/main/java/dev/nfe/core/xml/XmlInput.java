package dev.nfe.core.xml;

import dev.nfe.core.spi.Finding;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Opens raw document bytes for the XML reader: detects gzip by its magic number and inflates it through a
 * {@link BoundedInputStream}, bounds plain input the same way, and drops a leading UTF-8 byte-order mark and
 * whitespace, which XML forbids before the declaration but real files carry.
 */
final class XmlInput {
    /** The size of an input whose length is not known in advance. */
    static final long UNKNOWN_SIZE = -1;

    private static final int GZIP_MAGIC_1 = 0x1f;
    private static final int GZIP_MAGIC_2 = 0x8b;
    private static final int INFLATE_BUFFER = 8192;

    private XmlInput() {
    }

    /**
     * A stream over the XML content of {@code raw}, decompressed if it is gzip, and bounded by {@code limits}.
     *
     * @param size the length of {@code raw} when known, for an early size check, else {@link #UNKNOWN_SIZE}
     * @throws RejectedStreamException if the input is over the size limit or its gzip header is corrupt
     */
    static InputStream open(InputStream raw, long size, XmlLimits limits) throws IOException {
        if (size > limits.maxDocumentBytes()) {
            throw new RejectedStreamException(Finding.error(NfeXmlDeserializer.XML_TOO_LARGE, "",
                    "Cannot parse the document: its " + size + " bytes exceed the limit of "
                            + limits.maxDocumentBytes()));
        }
        BoundedInputStream compressed = BoundedInputStream.plain(raw, limits.maxDocumentBytes());
        PushbackInputStream head = new PushbackInputStream(compressed, 2);
        byte[] magic = head.readNBytes(2);
        head.unread(magic);
        if (magic.length < 2 || (magic[0] & 0xff) != GZIP_MAGIC_1 || (magic[1] & 0xff) != GZIP_MAGIC_2) {
            return skipLeadingWhitespace(head);
        }
        GZIPInputStream gzip;
        try {
            gzip = new GZIPInputStream(head, INFLATE_BUFFER);
        } catch (ZipException | EOFException e) {
            throw new RejectedStreamException(Finding.error(NfeXmlDeserializer.GZIP_CORRUPT, "",
                    "Cannot decompress the document: " + e.getMessage()));
        }
        return skipLeadingWhitespace(BoundedInputStream.inflated(gzip, limits.maxDecompressedBytes(),
                limits.maxGzipRatio(), compressed::count));
    }

    private static InputStream skipLeadingWhitespace(InputStream in) throws IOException {
        PushbackInputStream pushback = new PushbackInputStream(in, 3);
        byte[] head = pushback.readNBytes(3);
        boolean bom = head.length == 3 && (head[0] & 0xff) == 0xef && (head[1] & 0xff) == 0xbb
                && (head[2] & 0xff) == 0xbf;
        if (!bom) {
            pushback.unread(head);
        }
        int b = pushback.read();
        while (b == ' ' || b == '\t' || b == '\r' || b == '\n') {
            b = pushback.read();
        }
        if (b >= 0) {
            pushback.unread(b);
        }
        return pushback;
    }
}
