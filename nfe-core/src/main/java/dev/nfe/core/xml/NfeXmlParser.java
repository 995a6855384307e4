package dev.nfe.core.xml;

import com.ctc.wstx.stax.WstxInputFactory;
import dev.nfe.core.model.AccessKey;
import dev.nfe.core.model.FiscalDocument;
import dev.nfe.core.model.Nfe;
import dev.nfe.core.model.ProtNFe;
import dev.nfe.core.model.UnmappedElement;
import dev.nfe.core.spi.Finding;
import dev.nfe.core.xml.XmlResult.XmlDocument;
import dev.nfe.core.xml.XmlResult.XmlFailure;
import java.io.BufferedInputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The hardened streaming parser: finds the fiscal documents of one input (nfeProc, NFe, enviNFe, procEventoNFe,
 * evento, envEvento, retEvento, retEnvEvento, resNFe, resEvento, also inside a SOAP envelope or nfeDadosMsg) and reads
 * each with the layout readers. Never builds a DOM; refuses DTDs and external entities; enforces {@link XmlLimits}.
 *
 * <p>A problem with the whole input (malformed XML, a limit, a DTD, a wrong root namespace) gives one
 * {@link XmlFailure} and drops any document read before it; a document whose record cannot be built gives an
 * {@link XmlFailure} in its place, and the others are still read. Thread-safe: the factory is configured once and
 * only read afterwards.
 */
final class NfeXmlParser {
    static final String NFE_NAMESPACE = "http://www.portalfiscal.inf.br/nfe";
    private static final String WSDL_NAMESPACE_PREFIX = "http://www.portalfiscal.inf.br/nfe/wsdl/";
    private static final String SOAP_11_NAMESPACE = "http://schemas.xmlsoap.org/soap/envelope/";
    private static final String SOAP_12_NAMESPACE = "http://www.w3.org/2003/05/soap-envelope";

    /** The roots of the documents and lots this parser reads. */
    private static final Set<String> KNOWN_ROOTS = Set.of("nfeProc", "NFe", "procEventoNFe", "evento", "retEvento",
            "resNFe", "resEvento", "enviNFe", "envEvento", "retEnvEvento");

    /** How much of a document's start is looked at for its encoding. */
    private static final int PROLOG_BYTES = 1024;
    private static final Pattern DECLARED_ENCODING =
            Pattern.compile("^\\s*<\\?xml\\s[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']");

    private final XMLInputFactory factory;
    private final XmlLimits limits;

    NfeXmlParser(XmlLimits limits) {
        this.limits = limits;
        this.factory = hardenedFactory();
    }

    /**
     * Woodstox, created explicitly (not whatever the class path's service loader provides), with DTDs, external
     * entities and entity replacement off and a resolver that refuses every external resource. It reads about twice
     * as fast as the JDK's own implementation.
     */
    private static XMLInputFactory hardenedFactory() {
        XMLInputFactory factory = new WstxInputFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("Cannot resolve " + systemId + ": external resources are forbidden");
        });
        return factory;
    }

    /**
     * Parses one input, gzip-compressed or not, and closes it.
     *
     * @param size the input's length when known, else {@link XmlInput#UNKNOWN_SIZE}
     */
    List<XmlResult> parse(InputStream raw, long size) {
        try (InputStream in = raw) {
            return readAll(XmlInput.open(in, size, limits));
        } catch (IOException e) {
            return List.of(new XmlFailure(List.of(streamFailure(e))));
        }
    }

    /** Reads every document of {@code in}; the reader holds nothing beyond the stream, closed by the caller. */
    private List<XmlResult> readAll(InputStream in) throws IOException {
        List<XmlResult> results = new ArrayList<>();
        try {
            XMLStreamReader reader = open(in);
            XmlCursor c = new XmlCursor(reader, limits);
            c.moveToRoot();
            readRoot(c, results);
            while (reader.hasNext()) {
                c.next();
            }
            return results;
        } catch (RejectedInputException e) {
            return List.of(new XmlFailure(List.of(e.finding())));
        } catch (XMLStreamException e) {
            return List.of(new XmlFailure(List.of(parseFailure(e))));
        }
    }

    /**
     * A reader over {@code in}. A UTF-8 document (no declared encoding, or UTF-8 declared) is decoded by Woodstox's
     * own UTF-8 reader, which is strict: a malformed byte throws a {@link CharConversionException}, printed nowhere,
     * which becomes the document's {@code XML_ENCODING} finding. Other encodings (UTF-16 by its byte order mark or
     * layout, or a declared one) are left to the parser's detection.
     */
    private XMLStreamReader open(InputStream in) throws XMLStreamException, IOException {
        BufferedInputStream buffered = new BufferedInputStream(in, PROLOG_BYTES);
        buffered.mark(PROLOG_BYTES);
        byte[] prolog = buffered.readNBytes(PROLOG_BYTES);
        buffered.reset();
        if (!isUtf8(prolog)) {
            return factory.createXMLStreamReader(buffered);
        }
        return factory.createXMLStreamReader(buffered, StandardCharsets.UTF_8.name());
    }

    /** Whether a document starting with {@code prolog} is UTF-8: no UTF-16 layout and no other declared encoding. */
    private static boolean isUtf8(byte[] prolog) {
        if (prolog.length >= 2 && (prolog[0] == 0 || prolog[1] == 0 || (prolog[0] & 0xFF) == 0xFE
                || (prolog[0] & 0xFF) == 0xFF)) {
            return false;
        }
        Matcher declaration = DECLARED_ENCODING.matcher(new String(prolog, StandardCharsets.ISO_8859_1));
        return !declaration.find() || declaration.group(1).equalsIgnoreCase("UTF-8")
                || declaration.group(1).equalsIgnoreCase("UTF8");
    }

    private void readRoot(XmlCursor c, List<XmlResult> results) throws XMLStreamException {
        String namespace = c.namespace();
        String name = c.localName();
        if (isEnvelope(namespace, name)) {
            while (c.nextChild()) {
                if ("Header".equals(c.localName())) {
                    c.skip();
                } else {
                    readRoot(c, results);
                }
            }
            return;
        }
        boolean known = KNOWN_ROOTS.contains(name);
        if (!known) {
            readWrapper(c, results);
            return;
        }
        if (namespace.isEmpty()) {
            int first = results.size();
            readKnownRoot(c, results, name, namespace);
            warnNoNamespace(results, first, name);
            return;
        }
        if (!NFE_NAMESPACE.equals(namespace)) {
            throw wrongNamespace(c, name, namespace);
        }
        readKnownRoot(c, results, name, namespace);
    }

    private void readKnownRoot(XmlCursor c, List<XmlResult> results, String name, String namespace)
            throws XMLStreamException {
        switch (name) {
            case "nfeProc" -> readNfeProc(c, results, namespace);
            case "NFe" -> {
                List<XmlResult> events = new ArrayList<>();
                document(c, results, namespace,
                        cursor -> NfeReader.read(cursor, nested -> readNested(nested, events, namespace,
                                Optional.empty())));
                results.addAll(events);
            }
            case "procEventoNFe" -> documents(c, results, namespace, EventReader::readProcEvento);
            case "evento" -> document(c, results, namespace, EventReader::readEvento);
            case "retEvento" -> document(c, results, namespace,
                    cursor -> EventReader.readRetEventoAlone(cursor, Optional.empty()));
            case "resNFe" -> document(c, results, namespace, SummaryReader::readResNFe);
            case "resEvento" -> document(c, results, namespace, SummaryReader::readResEvento);
            case "enviNFe" -> readLot(c, results, namespace, "NFe", NfeReader::read);
            case "envEvento" -> readLot(c, results, namespace, "evento", EventReader::readEvento);
            case "retEnvEvento" -> readLot(c, results, namespace, "retEvento",
                    cursor -> EventReader.readRetEventoAlone(cursor, Optional.empty()));
            default -> throw new IllegalStateException("Cannot read root " + name + ": it is not a known root");
        }
    }

    /**
     * A root this library does not know, as some ERPs write around the documents they archive together (an nfeProc
     * with its events, say): each known document among its children is read, with a warning naming the wrapper.
     * A wrapper holding no known document is refused as before: wrong namespace, or unsupported root.
     */
    private void readWrapper(XmlCursor c, List<XmlResult> results) throws XMLStreamException {
        String namespace = c.namespace();
        String name = c.localName();
        String path = c.currentPath();
        int first = results.size();
        while (c.nextChild()) {
            if (KNOWN_ROOTS.contains(c.localName())) {
                readRoot(c, results);
            } else {
                c.skip();
            }
        }
        if (results.size() == first) {
            if (!NFE_NAMESPACE.equals(namespace)) {
                throw new RejectedInputException(Finding.error(NfeXmlDeserializer.XML_WRONG_NAMESPACE, path,
                        "Cannot parse the document: element " + name + " is in namespace '" + namespace
                                + "', expected " + NFE_NAMESPACE));
            }
            throw new RejectedInputException(Finding.error(NfeXmlDeserializer.XML_UNSUPPORTED_ROOT, path,
                    "Cannot parse the document: root element " + name + " holds no NF-e document"));
        }
        addWarning(results, first, Finding.warning(NfeXmlDeserializer.XML_WRAPPER_ROOT, path,
                "Read the NF-e documents inside root element " + name + ", which the layout does not define"));
    }

    private static RejectedInputException wrongNamespace(XmlCursor c, String name, String namespace) {
        return new RejectedInputException(Finding.error(NfeXmlDeserializer.XML_WRONG_NAMESPACE, c.currentPath(),
                "Cannot parse the document: element " + name + " is in namespace '" + namespace + "', expected "
                        + NFE_NAMESPACE));
    }

    private static void warnNoNamespace(List<XmlResult> results, int first, String name) {
        addWarning(results, first, Finding.warning(NfeXmlDeserializer.XML_NO_NAMESPACE, "/" + name,
                "Read " + name + " whose elements are in no namespace; the layout puts them in " + NFE_NAMESPACE));
    }

    /** Adds {@code warning} first to the findings of every result from index {@code first} on. */
    private static void addWarning(List<XmlResult> results, int first, Finding warning) {
        for (int i = first; i < results.size(); i++) {
            List<Finding> findings = new ArrayList<>();
            findings.add(warning);
            findings.addAll(results.get(i).findings());
            results.set(i, results.get(i) instanceof XmlDocument doc
                    ? new XmlDocument(doc.document(), findings)
                    : new XmlFailure(findings));
        }
    }

    /** SOAP envelopes and bodies, and the web service messages wrapping the layout documents, are unwrapped. */
    private static boolean isEnvelope(String namespace, String name) {
        boolean soap = SOAP_11_NAMESPACE.equals(namespace) || SOAP_12_NAMESPACE.equals(namespace);
        return soap && ("Envelope".equals(name) || "Body".equals(name))
                || namespace.startsWith(WSDL_NAMESPACE_PREFIX) && ("nfeDadosMsg".equals(name)
                        || "nfeResultMsg".equals(name));
    }

    /** A lot (enviNFe, envEvento, retEnvEvento): each {@code documentTag} child is one document. */
    private void readLot(XmlCursor c, List<XmlResult> results, String namespace, String documentTag,
            DocumentReader reader) throws XMLStreamException {
        while (c.nextChild()) {
            if (documentTag.equals(c.localName())) {
                document(c, results, namespace, reader);
            } else {
                // lot headers (idLote, indSinc, cStat of the lot …) describe the lot, not a document
                c.skip();
            }
        }
    }

    /** Reads one document whose elements are in {@code namespace}, the NF-e one or, tolerated, none. */
    private void document(XmlCursor c, List<XmlResult> results, String namespace, DocumentReader reader)
            throws XMLStreamException {
        documents(c, results, namespace, cursor -> List.of(reader.read(cursor)));
    }

    /**
     * Reads the documents one element holds (a procEventoNFe wrapping lots holds several), each with the findings of
     * the element; its elements are in {@code namespace}, the NF-e one or, tolerated, none.
     */
    private void documents(XmlCursor c, List<XmlResult> results, String namespace, DocumentsReader reader)
            throws XMLStreamException {
        int depth = c.depth();
        c.startDocument(namespace);
        if (!namespace.equals(c.namespace())) {
            results.add(new XmlFailure(List.of(Finding.error(NfeXmlDeserializer.XML_WRONG_NAMESPACE,
                    c.currentPath(), "Cannot read element " + c.localName() + " in namespace '" + c.namespace()
                            + "', expected '" + namespace + "'"))));
            c.skip();
            return;
        }
        try {
            // one element gives several documents only for a wrapped event lot: its unmapped elements go to the
            // first of them, so that each is kept once
            List<? extends FiscalDocument> documents = reader.read(c);
            List<UnmappedElement> unmapped = c.unmapped();
            for (FiscalDocument document : documents) {
                results.add(new XmlDocument(document.withUnmapped(unmapped), c.findings()));
                unmapped = List.of();
            }
        } catch (RejectedDocumentException e) {
            List<Finding> findings = new ArrayList<>(c.findings());
            findings.add(e.finding());
            results.add(new XmlFailure(findings));
            c.skipTo(depth);
        }
    }

    /**
     * An nfeProc: the NFe and its protNFe make one document; events some producers add after them (a cancellation
     * retEvento, a procEventoNFe) are separate documents that follow it.
     */
    private void readNfeProc(XmlCursor c, List<XmlResult> results, String namespace) throws XMLStreamException {
        c.startDocument(namespace);
        c.layoutVersion(c.attribute("versao").orElse(null));
        List<Finding> findings = c.findings();
        List<UnmappedElement> unmapped = c.unmapped();
        Nfe nfe = null;
        Optional<ProtNFe> prot = Optional.empty();
        Finding rejection = null;
        List<XmlResult> events = new ArrayList<>();
        while (c.nextChild()) {
            int depth = c.depth();
            String name = c.localName();
            try {
                switch (name) {
                    case "NFe" -> nfe = NfeReader.read(c, nested -> readNested(nested, events, namespace,
                            Optional.empty()));
                    case "protNFe" -> prot = Optional.of(NfeReader.readProtNFe(c));
                    case "retEvento", "procEventoNFe", "retEnvEvento", "envEvento", "evento" -> readNested(c, events,
                            namespace, Optional.ofNullable(nfe).map(Nfe::chave));
                    case "Signature" -> c.skip();
                    default -> c.skipUnknown();
                }
            } catch (RejectedDocumentException e) {
                rejection = e.finding();
                c.skipTo(depth);
            }
        }
        if (rejection == null && nfe == null) {
            rejection = Finding.error(NfeXmlDeserializer.REQUIRED_MISSING, c.closedPath() + "/NFe",
                    "Cannot read the nfeProc: it has no NFe");
        }
        if (rejection != null) {
            List<Finding> all = new ArrayList<>(findings);
            all.add(rejection);
            results.add(new XmlFailure(all));
        } else {
            results.add(new XmlDocument(nfe.withProtNFe(prot).withUnmapped(unmapped), findings));
        }
        results.addAll(events);
    }

    /**
     * Reads an event stored inside an NF-e document (an nfeProc, or the NFe itself, as some producers do) as a
     * document of its own into {@code events}, then goes back to collecting the enclosing document's findings;
     * {@code chave} keys a retEvento that names no chNFe.
     */
    private void readNested(XmlCursor c, List<XmlResult> events, String namespace, Optional<AccessKey> chave)
            throws XMLStreamException {
        List<Finding> enclosing = c.findings();
        List<UnmappedElement> enclosingUnmapped = c.unmapped();
        DocumentReader retEvento = cursor -> EventReader.readRetEventoAlone(cursor, chave);
        switch (c.localName()) {
            case "retEvento" -> document(c, events, namespace, retEvento);
            case "procEventoNFe" -> documents(c, events, namespace, EventReader::readProcEvento);
            case "evento" -> document(c, events, namespace, EventReader::readEvento);
            case "retEnvEvento" -> readLot(c, events, namespace, "retEvento", retEvento);
            case "envEvento" -> readLot(c, events, namespace, "evento", EventReader::readEvento);
            default -> c.skipUnknown();
        }
        c.resumeDocument(enclosing, enclosingUnmapped);
    }

    private static Finding streamFailure(IOException e) {
        if (e instanceof RejectedStreamException rejected) {
            return rejected.finding();
        }
        return Finding.error(NfeXmlDeserializer.XML_MALFORMED, "", "Cannot read the document: " + e);
    }

    /** Turns a reader exception into the finding of its root cause: a limit, an encoding, or malformed XML. */
    private static Finding parseFailure(XMLStreamException e) {
        for (Throwable cause = e; cause != null; cause = nested(cause)) {
            if (cause instanceof RejectedStreamException rejected) {
                return rejected.finding();
            }
            if (cause instanceof CharConversionException || cause instanceof CharacterCodingException) {
                return Finding.error(NfeXmlDeserializer.XML_ENCODING, "",
                        "Cannot decode the document" + at(e.getLocation()) + ": " + cause.getMessage());
            }
        }
        return Finding.error(NfeXmlDeserializer.XML_MALFORMED, "",
                "Cannot parse the document" + at(e.getLocation()) + ": " + readerMessage(e));
    }

    private static Throwable nested(Throwable t) {
        if (t instanceof XMLStreamException x && x.getNestedException() != null && x.getNestedException() != t) {
            return x.getNestedException();
        }
        return t.getCause() == t ? null : t.getCause();
    }

    private static String at(Location location) {
        return location == null ? "" : " at line " + location.getLineNumber() + ", column "
                + location.getColumnNumber();
    }

    /** The reader's own explanation, without the location prefix the JDK puts in its message. */
    private static String readerMessage(XMLStreamException e) {
        String message = String.valueOf(e.getMessage());
        int marker = message.indexOf("Message: ");
        return marker >= 0 ? message.substring(marker + "Message: ".length()) : message;
    }

    /** Reads one fiscal document, the cursor on its root element. */
    @FunctionalInterface
    private interface DocumentReader {
        FiscalDocument read(XmlCursor c) throws XMLStreamException;
    }

    /** Reads the fiscal documents of one element, the cursor on it. */
    @FunctionalInterface
    private interface DocumentsReader {
        List<? extends FiscalDocument> read(XmlCursor c) throws XMLStreamException;
    }
}
