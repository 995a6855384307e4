package dev.nfe.core.conformance;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A way of writing an XML document that keeps its content: each variant turns the bytes of a UTF-8 document into
 * other bytes an issuer program could have written for the same document.
 */
enum ContentVariant {
    /** A UTF-8 byte order mark before the declaration. */
    UTF8_BOM,
    /** No XML declaration (UTF-8 is then the default). */
    NO_DECLARATION,
    /** Encoded in ISO-8859-1, which the declaration says. */
    ISO_8859_1,
    /** The NF-e namespace bound to the prefix {@code nfe:} instead of being the default namespace. */
    NFE_PREFIX,
    /** Indented, one element per line. */
    PRETTY,
    /** Whitespace-only text between elements removed. */
    MINIFIED,
    /** Every line ending CR LF. */
    CRLF,
    /** The original bytes gzip-compressed. */
    GZIP;

    private static final String NFE = "http://www.portalfiscal.inf.br/nfe";
    private static final Pattern DECLARATION = Pattern.compile("^\\s*<\\?xml[^?]*\\?>");
    private static final String UTF8_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";

    /**
     * The variant of {@code original} (a UTF-8 document, with or without byte order mark and declaration); empty
     * when this variant cannot hold its content (a character ISO-8859-1 does not have).
     */
    Optional<byte[]> of(byte[] original) {
        String text = body(original);
        return switch (this) {
            case UTF8_BOM -> Optional.of(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                    utf8(UTF8_DECLARATION + text)));
            case NO_DECLARATION -> Optional.of(utf8(text));
            case ISO_8859_1 -> latin1("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>" + text);
            case NFE_PREFIX -> Optional.of(utf8(UTF8_DECLARATION + rewrite(text, true, Layout.AS_IS)));
            case PRETTY -> Optional.of(utf8(UTF8_DECLARATION + "\n" + rewrite(text, false, Layout.INDENTED)));
            case MINIFIED -> Optional.of(utf8(UTF8_DECLARATION + rewrite(text, false, Layout.MINIFIED)));
            case CRLF -> Optional.of(utf8((UTF8_DECLARATION + "\n" + text).replace("\r\n", "\n")
                    .replace("\n", "\r\n")));
            case GZIP -> Optional.of(gzip(original));
        };
    }

    /** The document as text, without byte order mark or declaration. */
    private static String body(byte[] original) {
        int start = original.length >= 3 && (original[0] & 0xFF) == 0xEF && (original[1] & 0xFF) == 0xBB
                && (original[2] & 0xFF) == 0xBF ? 3 : 0;
        String text = new String(original, start, original.length - start, StandardCharsets.UTF_8);
        return DECLARATION.matcher(text).replaceFirst("");
    }

    private enum Layout { AS_IS, INDENTED, MINIFIED }

    /** Writes the document again from its parse events, with the NF-e namespace prefixed or laid out anew. */
    private static String rewrite(String text, boolean prefixNfe, Layout layout) {
        try {
            XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
            factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            XMLStreamReader r = factory.createXMLStreamReader(new StringReader(text));
            StringBuilder out = new StringBuilder();
            StringBuilder pending = new StringBuilder();
            Deque<boolean[]> hasChildren = new ArrayDeque<>();
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    if (!hasChildren.isEmpty()) {
                        hasChildren.peek()[0] = true;
                    }
                    flush(out, pending, layout != Layout.AS_IS);
                    if (layout == Layout.INDENTED && !hasChildren.isEmpty()) {
                        out.append('\n').append("  ".repeat(hasChildren.size()));
                    }
                    startTag(r, out, prefixNfe);
                    hasChildren.push(new boolean[1]);
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    boolean parent = hasChildren.pop()[0];
                    flush(out, pending, layout != Layout.AS_IS && parent);
                    if (layout == Layout.INDENTED && parent) {
                        out.append('\n').append("  ".repeat(hasChildren.size()));
                    }
                    out.append("</").append(name(r.getPrefix(), r.getNamespaceURI(), r.getLocalName(), prefixNfe))
                            .append('>');
                } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                        || event == XMLStreamConstants.SPACE) {
                    if (!hasChildren.isEmpty()) {
                        pending.append(r.getText());
                    }
                }
            }
            return out.append(layout == Layout.INDENTED ? "\n" : "").toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot rewrite a corpus document", e);
        }
    }

    /** Writes the pending text, unless {@code dropBlank} and it is only whitespace. */
    private static void flush(StringBuilder out, StringBuilder pending, boolean dropBlank) {
        if (!(dropBlank && pending.toString().isBlank())) {
            for (int i = 0; i < pending.length(); i++) {
                char ch = pending.charAt(i);
                switch (ch) {
                    case '&' -> out.append("&amp;");
                    case '<' -> out.append("&lt;");
                    case '>' -> out.append("&gt;");
                    case '\r' -> out.append("&#13;");
                    default -> out.append(ch);
                }
            }
        }
        pending.setLength(0);
    }

    private static void startTag(XMLStreamReader r, StringBuilder out, boolean prefixNfe) {
        out.append('<').append(name(r.getPrefix(), r.getNamespaceURI(), r.getLocalName(), prefixNfe));
        for (int i = 0; i < r.getNamespaceCount(); i++) {
            String prefix = r.getNamespacePrefix(i);
            String uri = r.getNamespaceURI(i);
            if (prefixNfe && NFE.equals(uri)) {
                prefix = "nfe";
            }
            out.append(prefix == null || prefix.isEmpty() ? " xmlns" : " xmlns:" + prefix).append("=\"");
            attributeValue(out, uri == null ? "" : uri);
        }
        for (int i = 0; i < r.getAttributeCount(); i++) {
            String prefix = r.getAttributePrefix(i);
            out.append(' ').append(prefix == null || prefix.isEmpty() ? "" : prefix + ":")
                    .append(r.getAttributeLocalName(i)).append("=\"");
            attributeValue(out, r.getAttributeValue(i));
        }
        out.append('>');
    }

    private static String name(String prefix, String uri, String localName, boolean prefixNfe) {
        if (prefixNfe && NFE.equals(uri)) {
            return "nfe:" + localName;
        }
        return prefix == null || prefix.isEmpty() ? localName : prefix + ":" + localName;
    }

    private static void attributeValue(StringBuilder out, String value) {
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '"' -> out.append("&quot;");
                case '\t' -> out.append("&#9;");
                case '\n' -> out.append("&#10;");
                case '\r' -> out.append("&#13;");
                default -> out.append(ch);
            }
        }
        out.append('"');
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static Optional<byte[]> latin1(String text) {
        try {
            ByteBuffer encoded = StandardCharsets.ISO_8859_1.newEncoder()
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(text));
            byte[] bytes = new byte[encoded.remaining()];
            encoded.get(bytes);
            return Optional.of(bytes);
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static byte[] gzip(byte[] original) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(original);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] all = new byte[first.length + second.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }
}
