package dev.nfe.core.xml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nfe.core.model.Nfe;
import dev.nfe.core.runtime.CapturedStandardError;
import dev.nfe.core.spi.Finding;
import dev.nfe.core.spi.ParseOutcome;
import dev.nfe.core.spi.RawDocument;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile and broken inputs: each must come back as a quarantined outcome with a specific code, never a throw. */
class XmlHostileInputTest {
    private static final String NS = NfeXmlParser.NFE_NAMESPACE;

    @TempDir
    Path dir;

    @Test
    void deserialize_withExternalEntity_isQuarantinedAsDtdForbiddenWithoutReadingTheFile() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-CONTENT");
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE NFe [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
                + "<NFe xmlns=\"" + NS + "\"><infNFe>&xxe;</infNFe></NFe>";

        ParseOutcome.Quarantined outcome = onlyQuarantined(NfeXml.raw("xxe", xml));

        assertThat(outcome.findings()).extracting(Finding::code).containsExactly("XML_DTD_FORBIDDEN");
        assertThat(outcome.findings()).allSatisfy(f -> assertThat(f.message()).doesNotContain("TOP-SECRET"));
    }

    @Test
    void deserialize_withExternalDtd_isQuarantinedAsDtdForbidden() {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE NFe SYSTEM \"http://127.0.0.1:1/nfe.dtd\">"
                + "<NFe xmlns=\"" + NS + "\"/>";

        assertThat(codes(NfeXml.raw("dtd", xml))).containsExactly("XML_DTD_FORBIDDEN");
    }

    @Test
    void deserialize_withBillionLaughs_isQuarantinedAsDtdForbidden() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE lolz [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"")
                    .append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        String xml = "<?xml version=\"1.0\"?>" + dtd + "]><NFe xmlns=\"" + NS + "\">&lol9;</NFe>";

        assertThat(codes(NfeXml.raw("lol", xml))).containsExactly("XML_DTD_FORBIDDEN");
    }

    @Test
    void deserialize_with100MegabyteDocument_isQuarantinedAsTooLarge() {
        byte[] huge = new byte[100 * 1024 * 1024];
        Arrays.fill(huge, (byte) ' ');
        byte[] start = ("<NFe xmlns=\"" + NS + "\"><infNFe>").getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(start, 0, huge, 0, start.length);

        assertThat(codes(NfeXml.raw("huge", huge))).containsExactly("XML_TOO_LARGE");
    }

    @Test
    void parse_with100MegabyteStreamOfUnknownSize_stopsAtTheLimitAsTooLarge() {
        InputStream endless = new GeneratedXmlStream(100L * 1024 * 1024);

        List<XmlResult> results = new NfeXmlParser(XmlLimits.defaults()).parse(endless, XmlInput.UNKNOWN_SIZE);

        assertThat(results).singleElement().extracting(r -> r.findings().get(0).code()).isEqualTo("XML_TOO_LARGE");
    }

    @Test
    void deserialize_withGzipBomb_isQuarantinedAsRatioExceeded() throws IOException {
        byte[] bomb = gzip(("<NFe xmlns=\"" + NS + "\"><infNFe>").getBytes(StandardCharsets.US_ASCII),
                1024L * 1024 * 1024);

        assertThat(bomb.length).isLessThan(5 * 1024 * 1024);
        assertThat(codes(NfeXml.raw("bomb", bomb))).containsExactly("GZIP_RATIO_EXCEEDED");
    }

    @Test
    void deserialize_withGzipOverTheDecompressedLimit_isQuarantinedAsTooLarge() throws IOException {
        byte[] big = gzip(("<NFe xmlns=\"" + NS + "\"><infNFe>").getBytes(StandardCharsets.US_ASCII), 4096);
        XmlLimits limits = new XmlLimits(1024 * 1024, 64, 32, 10_000, 1024);

        List<ParseOutcome> outcomes = NfeXml.outcomes(new NfeXmlDeserializer(limits, d -> List.of()),
                NfeXml.raw("big", big));

        assertThat(outcomes).singleElement().extracting(o -> o.findings().get(0).code()).isEqualTo("XML_TOO_LARGE");
    }

    @Test
    void deserialize_withCorruptGzip_isQuarantinedAsGzipCorrupt() throws IOException {
        byte[] valid = gzip(NfeXml.minimal().nfe().getBytes(StandardCharsets.UTF_8), 0);
        byte[] corrupt = Arrays.copyOf(valid, valid.length);
        for (int i = 12; i < corrupt.length - 8; i++) {
            corrupt[i] = (byte) 0xff;
        }

        assertThat(codes(NfeXml.raw("corrupt", corrupt))).containsExactly("GZIP_CORRUPT");
    }

    @Test
    void deserialize_withGzippedNote_parsesIt() throws IOException {
        byte[] gzipped = gzip(NfeXml.minimal().nfe().getBytes(StandardCharsets.UTF_8), 0);

        assertThat(NfeXml.outcomes(NfeXml.raw("gz", gzipped))).singleElement()
                .isInstanceOf(ParseOutcome.Parsed.class);
    }

    @Test
    void deserialize_withInvalidUtf8_isQuarantinedAsEncodingError() {
        byte[] head = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><NFe xmlns=\"" + NS + "\"><infNFe><x>")
                .getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = Arrays.copyOf(head, head.length + 4);
        bytes[head.length] = (byte) 0xc3;
        bytes[head.length + 1] = (byte) 0x28;
        bytes[head.length + 2] = (byte) 0xff;
        bytes[head.length + 3] = (byte) '<';

        assertThat(codes(NfeXml.raw("utf8", bytes))).containsExactly("XML_ENCODING");
    }

    @Test
    void deserialize_withInvalidUtf8InText_printsNothingOnStandardError() {
        byte[] head = ("<NFe xmlns=\"" + NS + "\"><infNFe><x>" + "a".repeat(4000)).getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = Arrays.copyOf(head, head.length + 3);
        bytes[head.length] = (byte) 0xc3;
        bytes[head.length + 1] = (byte) 0x28;
        bytes[head.length + 2] = (byte) '<';

        try (CapturedStandardError err = CapturedStandardError.start()) {
            assertThat(codes(NfeXml.raw("utf8", bytes))).containsExactly("XML_ENCODING");
            assertThat(err.text()).doesNotContain("[Fatal Error]");
        }
    }

    @Test
    void deserialize_withUtf8ByteOrderMark_isParsed() {
        byte[] xml = NfeXml.minimal().nfe().getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[xml.length + 3];
        bytes[0] = (byte) 0xef;
        bytes[1] = (byte) 0xbb;
        bytes[2] = (byte) 0xbf;
        System.arraycopy(xml, 0, bytes, 3, xml.length);

        assertThat(NfeXml.outcomes(NfeXml.raw("bom", bytes))).singleElement().isInstanceOf(ParseOutcome.Parsed.class);
    }

    @Test
    void deserialize_withWrongRootNamespace_isQuarantinedAsWrongNamespace() {
        String xml = NfeXml.minimal().nfe().replace(NS, "http://example.com/not-nfe");

        ParseOutcome.Quarantined outcome = onlyQuarantined(NfeXml.raw("ns", xml));

        assertThat(outcome.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("XML_WRONG_NAMESPACE");
            assertThat(f.message()).contains("http://example.com/not-nfe");
        });
    }

    @Test
    void deserialize_unknownRootWithoutNamespace_isQuarantinedAsWrongNamespace() {
        String xml = "<nota><NFeX/></nota>";

        assertThat(codes(NfeXml.raw("nons", xml))).containsExactly("XML_WRONG_NAMESPACE");
    }

    @Test
    void deserialize_withTruncatedDocument_isQuarantinedAsMalformedWithLineAndColumn() {
        String xml = NfeXml.minimal().nfeProc("");
        String truncated = xml.substring(0, xml.length() / 2);

        ParseOutcome.Quarantined outcome = onlyQuarantined(NfeXml.raw("cut", truncated));

        assertThat(outcome.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("XML_MALFORMED");
            assertThat(f.message()).contains("line 1, column");
        });
    }

    @Test
    void deserialize_withMismatchedTags_isQuarantinedAsMalformed() {
        String xml = "<NFe xmlns=\"" + NS + "\"><infNFe></NFe>";

        assertThat(codes(NfeXml.raw("tags", xml))).containsExactly("XML_MALFORMED");
    }

    @Test
    void deserialize_withGarbageAfterTheRoot_isQuarantinedAsMalformed() {
        String xml = NfeXml.minimal().nfe() + "<NFe>";

        assertThat(codes(NfeXml.raw("after", xml))).containsExactly("XML_MALFORMED");
    }

    @Test
    void deserialize_withDeepNesting_isQuarantinedAsTooDeep() {
        String xml = "<NFe xmlns=\"" + NS + "\">" + "<a>".repeat(100) + "</a>".repeat(100) + "</NFe>";

        assertThat(codes(NfeXml.raw("deep", xml))).containsExactly("XML_TOO_DEEP");
    }

    @Test
    void deserialize_withTooManyAttributes_isQuarantinedAsTooManyAttributes() {
        StringBuilder attributes = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            attributes.append(" a").append(i).append("=\"x\"");
        }
        String xml = "<NFe xmlns=\"" + NS + "\"><infNFe" + attributes + "/></NFe>";

        assertThat(codes(NfeXml.raw("attrs", xml))).containsExactly("XML_TOO_MANY_ATTRIBUTES");
    }

    @Test
    void deserialize_withEmptyInput_isQuarantinedAsMalformed() {
        assertThat(codes(NfeXml.raw("empty", new byte[0]))).containsExactly("XML_MALFORMED");
    }

    @Test
    void deserialize_withBomWhitespaceAndCrlf_parsesTheNote() {
        byte[] xml = ("\r\n  <?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n" + NfeXml.minimal().nfe().replace("><", ">\r\n<"))
                .getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[xml.length + 3];
        withBom[0] = (byte) 0xef;
        withBom[1] = (byte) 0xbb;
        withBom[2] = (byte) 0xbf;
        System.arraycopy(xml, 0, withBom, 3, xml.length);

        assertThat(NfeXml.outcomes(NfeXml.raw("bom", withBom))).singleElement()
                .isInstanceOf(ParseOutcome.Parsed.class);
    }

    @Test
    void deserialize_withIso88591Declaration_decodesAccents() {
        String xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>"
                + NfeXml.minimal().withIde(NfeXml.IDE.replace("<natOp>Venda</natOp>", "<natOp>Devolução</natOp>"))
                        .nfe();

        ParseOutcome outcome = NfeXml.outcomes(NfeXml.raw("latin1", xml.getBytes(StandardCharsets.ISO_8859_1)))
                .get(0);

        assertThat(outcome).isInstanceOfSatisfying(ParseOutcome.Parsed.class, parsed -> assertThat(
                ((Nfe) parsed.document()).ide().natOp()).isEqualTo("Devolução"));
    }

    private static ParseOutcome.Quarantined onlyQuarantined(RawDocument raw) {
        List<ParseOutcome> outcomes = NfeXml.outcomes(raw);
        assertThat(outcomes).singleElement().isInstanceOf(ParseOutcome.Quarantined.class);
        return (ParseOutcome.Quarantined) outcomes.get(0);
    }

    private static List<String> codes(RawDocument raw) {
        return onlyQuarantined(raw).findings().stream().map(Finding::code).toList();
    }

    /** {@code head} then {@code spaces} spaces, gzip-compressed as they are written, never held inflated. */
    private static byte[] gzip(byte[] head, long spaces) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out, 64 * 1024)) {
            gzip.write(head);
            byte[] chunk = new byte[1024 * 1024];
            Arrays.fill(chunk, (byte) ' ');
            for (long left = spaces; left > 0; left -= chunk.length) {
                gzip.write(chunk, 0, (int) Math.min(chunk.length, left));
            }
        }
        return out.toByteArray();
    }

    /** An XML start tag followed by whitespace, produced on the fly up to {@code size} bytes. */
    private static final class GeneratedXmlStream extends InputStream {
        private final byte[] head = ("<NFe xmlns=\"" + NS + "\">").getBytes(StandardCharsets.US_ASCII);
        private final long size;
        private long position;

        GeneratedXmlStream(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            if (position >= size) {
                return -1;
            }
            int b = position < head.length ? head[(int) position] : ' ';
            position++;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (position >= size) {
                return -1;
            }
            int n = (int) Math.min(length, size - position);
            for (int i = 0; i < n; i++) {
                buffer[offset + i] = (byte) read();
            }
            return n;
        }
    }
}
