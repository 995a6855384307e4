package dev.nfe.core.json;

import dev.nfe.core.spi.Deserializer;
import dev.nfe.core.spi.Finding;
import dev.nfe.core.spi.MediaType;
import dev.nfe.core.spi.ParseOutcome;
import dev.nfe.core.spi.RawDocument;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code nfe-json} deserializer: converts NF-e documents given as JSON (xmltodict or Standardize form, or an API
 * envelope carrying the XML) to XML and hands each to the XML deserializer; a JSON array or NDJSON page is split and
 * every element handled on its own, so a bad element is quarantined alone (id {@code <page id>#<index>}) and the rest
 * continue in order. Content that turns out to be XML goes to the XML deserializer as it is.
 *
 * <p>Problems with the JSON become quarantined outcomes with codes such as {@code JSON_MALFORMED},
 * {@code JSON_WRONG_TYPE}, {@code JSON_UNKNOWN_FORM}, {@code JSON_TOO_LARGE}, {@code ENVELOPE_BAD_BASE64} and
 * {@code GZIP_RATIO_EXCEEDED}; a quarantined outcome holds the JSON the problem was found in, not the XML made of it.
 * An envelope's access key that differs from the document's adds a {@code ENVELOPE_CHAVE_MISMATCH} warning. Immutable
 * and thread-safe when the XML deserializer is.
 */
public final class NfeJsonDeserializer implements Deserializer {
    private static final Logger log = LoggerFactory.getLogger(NfeJsonDeserializer.class);

    private final Deserializer xml;
    private final long maxPageBytes;
    private final GzipInflater inflater;
    private final JsonPageSplitter splitter;
    private final DocumentConverter converter;

    /**
     * @param xml the deserializer the converted XML documents go to
     * @param options envelope pointers, encoding and limits
     */
    public NfeJsonDeserializer(Deserializer xml, JsonOptions options) {
        this.xml = Objects.requireNonNull(xml, "xml");
        Objects.requireNonNull(options, "options");
        this.maxPageBytes = options.maxPageBytes();
        this.inflater = new GzipInflater(options.maxInflateRatio());
        JsonDocumentReader reader = new JsonDocumentReader(options.maxDocumentBytes());
        this.splitter = new JsonPageSplitter(reader);
        this.converter = new DocumentConverter(options, reader, inflater);
    }

    @Override
    public void deserialize(RawDocument document, Consumer<ParseOutcome> outcomes) {
        byte[] content = document.bytes();
        boolean compressed = GzipInflater.isGzip(content);
        if (compressed) {
            try {
                content = inflater.inflate(content, maxPageBytes, "");
            } catch (JsonRejection e) {
                outcomes.accept(new ParseOutcome.Quarantined(document, List.of(e.finding())));
                return;
            }
        }
        int first = JsonPageSplitter.firstSignificant(content);
        if (first < 0) {
            outcomes.accept(new ParseOutcome.Quarantined(document,
                    List.of(JsonProblem.JSON_MALFORMED.at("", "the document is empty"))));
            return;
        }
        if (content[first] == '<') {
            xml.deserialize(compressed ? asXml(document, content) : document, outcomes);
            return;
        }
        Page page = new Page(document, content, outcomes);
        splitter.split(content, document.mediaType(), page::accept);
        log.debug("Converted JSON document {}: {} part(s)", document.id(), page.parts);
    }

    private static RawDocument asXml(RawDocument document, byte[] content) {
        return new RawDocument(document.id(), content, MediaType.XML, document.source(), document.fetchedAt());
    }

    /** One received document's parts on their way to the XML deserializer. */
    private final class Page {
        private final RawDocument document;
        private final byte[] content;
        private final Consumer<ParseOutcome> outcomes;
        private final DocumentOrigin origin;
        private int parts;

        Page(RawDocument document, byte[] content, Consumer<ParseOutcome> outcomes) {
            this.document = document;
            this.content = content;
            this.outcomes = outcomes;
            this.origin = new DocumentOrigin(document.id(), document.source(), document.fetchedAt());
        }

        void accept(PagePart part) {
            parts++;
            DocumentOrigin partOrigin = part.index().isPresent() ? origin.element(part.index().getAsInt()) : origin;
            if (part instanceof PagePart.Broken broken) {
                outcomes.accept(new ParseOutcome.Quarantined(json(part, partOrigin), List.of(broken.finding())));
                return;
            }
            PagePart.Element element = (PagePart.Element) part;
            Conversion conversion =
                    converter.convert(content, element.offset(), element.length(), element.start(), partOrigin);
            if (conversion instanceof Conversion.Rejected rejected) {
                outcomes.accept(new ParseOutcome.Quarantined(json(part, partOrigin), List.of(rejected.finding())));
                return;
            }
            Conversion.Converted converted = (Conversion.Converted) conversion;
            xml.deserialize(converted.xml(), outcome -> outcomes.accept(decorate(outcome, converted, part)));
        }

        /** The outcome with the conversion's findings, and quarantined with the JSON it came from. */
        private ParseOutcome decorate(ParseOutcome outcome, Conversion.Converted converted, PagePart part) {
            List<Finding> findings = new ArrayList<>(converted.findings());
            findings.addAll(outcome.findings());
            if (outcome instanceof ParseOutcome.Parsed parsed) {
                mismatch(converted.envelopeKey(), parsed.document().chave().value()).ifPresent(findings::add);
                return new ParseOutcome.Parsed(parsed.document(), parsed.source(), findings);
            }
            RawDocument quarantined = ((ParseOutcome.Quarantined) outcome).document();
            RawDocument json = json(part, new DocumentOrigin(quarantined.id(), quarantined.source(),
                    quarantined.fetchedAt()));
            return new ParseOutcome.Quarantined(json, findings);
        }

        /** The part's own JSON bytes as a document; the received document itself when the part is all of it. */
        private RawDocument json(PagePart part, DocumentOrigin partOrigin) {
            if (part.index().isEmpty() && partOrigin.equals(origin)) {
                return document;
            }
            byte[] bytes = Arrays.copyOfRange(content, part.offset(), part.offset() + part.length());
            return new RawDocument(partOrigin.id(), bytes, MediaType.JSON, partOrigin.source(),
                    partOrigin.fetchedAt());
        }
    }

    private static Optional<Finding> mismatch(Optional<EnvelopeKey> envelopeKey, String documentKey) {
        return envelopeKey
                .filter(key -> !key.value().equals(documentKey))
                .map(key -> JsonProblem.ENVELOPE_CHAVE_MISMATCH.at(key.pointer(),
                        "the envelope's access key " + key.value() + " differs from the document's " + documentKey));
    }
}
