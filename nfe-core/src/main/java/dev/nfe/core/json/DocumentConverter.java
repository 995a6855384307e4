package dev.nfe.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import dev.nfe.core.spi.MediaType;
import dev.nfe.core.spi.RawDocument;
import java.util.List;
import java.util.Optional;

/**
 * Converts one JSON document (a whole raw document or one element of a page) into an XML {@link RawDocument}:
 * size check, parse with limits, form detection, then conversion of the tree or decoding of the envelope.
 */
final class DocumentConverter {
    private final long maxDocumentBytes;
    private final JsonDocumentReader reader;
    private final JsonFormDetector detector;
    private final JsonXmlConverter converter;
    private final EnvelopeReader envelopes;

    DocumentConverter(JsonOptions options, JsonDocumentReader reader, GzipInflater inflater) {
        this.maxDocumentBytes = options.maxDocumentBytes();
        this.reader = reader;
        this.detector = new JsonFormDetector(options.xmlPointer());
        this.converter = new JsonXmlConverter();
        this.envelopes = new EnvelopeReader(options, inflater);
    }

    /**
     * Converts the JSON in {@code bytes[offset, offset + length)}.
     *
     * @param start where it starts in its page, for positions in findings
     * @param origin the id and lineage the XML document gets unless an envelope names a well-formed access key
     */
    Conversion convert(byte[] bytes, int offset, int length, TextPosition start, DocumentOrigin origin) {
        if (length > maxDocumentBytes) {
            return new Conversion.Rejected(JsonProblem.JSON_TOO_LARGE.at("",
                    "the JSON document is " + length + " bytes, more than the limit of " + maxDocumentBytes));
        }
        try {
            JsonNode root = reader.readTree(bytes, offset, length, start);
            DetectedForm form = detector.detect(root);
            if (form instanceof EnvelopeForm envelope) {
                EnvelopeContent content = envelopes.read(root, envelope);
                RawDocument xml = new RawDocument(content.key().filter(EnvelopeKey::isChave).map(EnvelopeKey::value)
                        .orElse(origin.id()),
                        content.xml(), MediaType.XML, origin.source(), content.receivedAt().orElse(origin.fetchedAt()));
                return new Conversion.Converted(xml, content.key(), content.findings());
            }
            XmlTree tree = (XmlTree) form;
            RawDocument xml = new RawDocument(origin.id(), converter.convert(tree), MediaType.XML, origin.source(),
                    origin.fetchedAt());
            return new Conversion.Converted(xml, Optional.empty(), List.of());
        } catch (JsonRejection e) {
            return new Conversion.Rejected(e.finding());
        }
    }
}
