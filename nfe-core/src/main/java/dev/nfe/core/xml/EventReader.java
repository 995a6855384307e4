package dev.nfe.core.xml;

import dev.nfe.core.model.AccessKey;
import dev.nfe.core.model.Event;
import dev.nfe.core.model.EventDetail;
import dev.nfe.core.model.RetEvento;
import dev.nfe.core.spi.Finding;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads events: {@code procEventoNFe} (evento and its result), a bare or batched {@code evento}, and a
 * {@code retEvento} alone. The {@code detEvento} is kept as canonical XML and typed for cancellation, carta de correção and
 * manifestação do destinatário.
 */
final class EventReader {

    private EventReader() {
    }

    /**
     * Reads a {@code procEventoNFe}: its evento with the retEvento SEFAZ returned. Some archives wrap the request
     * lot ({@code envEvento}) and the answer lot ({@code retEnvEvento}) instead: they are unwrapped with a warning,
     * and every evento of the lot becomes an event paired with the answer naming the same chNFe, tpEvento and
     * nSeqEvento (and so keeps its cStat: a rejected event stays rejected), or with none when the answer lot holds
     * no such retEvento. An answer matching no evento of the lot is an event of its own, read from the answer alone.
     */
    static List<Event> readProcEvento(XmlCursor c) throws XMLStreamException {
        List<Evento> eventos = new ArrayList<>();
        List<RetEvento> answers = new ArrayList<>();
        while (c.nextChild()) {
            switch (c.localName()) {
                case "evento" -> eventos.add(readEventoElement(c));
                case "retEvento" -> answers.add(readRetEvento(c));
                case "envEvento" -> {
                    int before = eventos.size();
                    readLotChildren(c, "evento", cursor -> eventos.add(readEventoElement(cursor)));
                    c.warning(NfeXmlDeserializer.LAYOUT_DEVIATION, "procEventoNFe wraps the request lot envEvento"
                            + " instead of its evento; the lot's " + (eventos.size() - before) + " evento were read");
                }
                case "retEnvEvento" -> {
                    int before = answers.size();
                    readLotChildren(c, "retEvento", cursor -> answers.add(readRetEvento(cursor)));
                    c.warning(NfeXmlDeserializer.LAYOUT_DEVIATION, "procEventoNFe wraps the answer lot retEnvEvento"
                            + " instead of its retEvento; " + (answers.size() == before
                                    ? "it holds no retEvento" : "the lot's " + (answers.size() - before)
                                            + " retEvento were read"));
                }
                default -> c.skipUnknown();
            }
        }
        if (eventos.isEmpty()) {
            c.requiredGroup(null, "evento");
        }
        return paired(c, eventos, answers);
    }

    /**
     * Each evento with its answer: the one naming its chNFe, tpEvento and nSeqEvento, else, for a single evento, the
     * single answer whatever it names (a retEvento may omit them). Answers left over become events of their own.
     */
    private static List<Event> paired(XmlCursor c, List<Evento> eventos, List<RetEvento> answers)
            throws RejectedDocumentException {
        List<RetEvento> unmatched = new ArrayList<>(answers);
        List<Event> events = new ArrayList<>();
        for (Evento evento : eventos) {
            Optional<RetEvento> answer = unmatched.stream().filter(evento::answeredBy).findFirst();
            if (answer.isEmpty() && eventos.size() == 1 && unmatched.size() == 1) {
                answer = Optional.of(unmatched.get(0));
            }
            answer.ifPresent(unmatched::remove);
            events.add(evento.toEvent(answer));
        }
        for (RetEvento answer : unmatched) {
            events.add(fromAnswer(c, answer, eventos.isEmpty() ? Optional.empty()
                    : Optional.of(eventos.get(0).chave())));
        }
        return List.copyOf(events);
    }

    /** Calls {@code reader} on every {@code tag} child of a lot; the lot's headers are skipped. */
    private static void readLotChildren(XmlCursor c, String tag, LotChildReader reader) throws XMLStreamException {
        while (c.nextChild()) {
            if (tag.equals(c.localName())) {
                reader.read(c);
            } else {
                c.skip();
            }
        }
    }

    /** Reads one child of a lot, the cursor on its start tag. */
    @FunctionalInterface
    private interface LotChildReader {
        void read(XmlCursor c) throws XMLStreamException;
    }

    /** Reads an {@code evento} without result, bare or from an envEvento. */
    static Event readEvento(XmlCursor c) throws XMLStreamException {
        return readEventoElement(c).toEvent(Optional.empty());
    }

    /**
     * Reads a {@code retEvento} alone (as an nfeProc may carry one); only the result is known, so the event's
     * fields come from it, and {@code fallbackChave} keys it when it lacks chNFe.
     */
    static Event readRetEventoAlone(XmlCursor c, Optional<AccessKey> fallbackChave) throws XMLStreamException {
        return fromAnswer(c, readRetEvento(c), fallbackChave);
    }

    private static Event fromAnswer(XmlCursor c, RetEvento ret, Optional<AccessKey> fallbackChave)
            throws RejectedDocumentException {
        Optional<AccessKey> chave = ret.chNFe().filter(s -> !s.isBlank()).map(AccessKey::new).or(() -> fallbackChave);
        if (chave.isEmpty()) {
            throw new RejectedDocumentException(Finding.error(NfeXmlDeserializer.REQUIRED_MISSING,
                    c.closedPath() + "/infEvento/chNFe", "Cannot read the event result: it names no chNFe"));
        }
        if (ret.tpEvento().isEmpty() || ret.nSeqEvento().isEmpty()) {
            c.error(NfeXmlDeserializer.REQUIRED_MISSING, "An event result alone must name tpEvento and nSeqEvento");
        }
        String tpEvento = ret.tpEvento().orElse("");
        int nSeqEvento = ret.nSeqEvento().orElse(0);
        return new Event(chave.get(), Event.idOf(tpEvento, chave.get(), nSeqEvento), ret.versao(), ret.cOrgao(),
                ret.tpAmb(), Optional.empty(), Optional.empty(), Optional.empty(), tpEvento, nSeqEvento,
                Optional.empty(), ret.xEvento(), new EventDetail.Other(), Optional.empty(), Optional.of(ret), List.of());
    }

    private static Evento readEventoElement(XmlCursor c) throws XMLStreamException {
        String versao = c.attribute("versao").orElse("");
        Evento evento = null;
        while (c.nextChild()) {
            switch (c.localName()) {
                case "infEvento" -> evento = readInfEvento(c, versao);
                case "Signature" -> c.skip();
                default -> c.skipUnknown();
            }
        }
        return c.requiredGroup(evento, "infEvento");
    }

    private static Evento readInfEvento(XmlCursor c, String versao) throws XMLStreamException {
        Optional<String> id = c.attribute("Id");
        String cOrgao = null;
        String tpAmb = null;
        Optional<String> cnpj = Optional.empty();
        Optional<String> cpf = Optional.empty();
        String chNFe = null;
        Optional<OffsetDateTime> dhEvento = Optional.empty();
        String tpEvento = null;
        String nSeqEvento = null;
        Optional<String> verEvento = Optional.empty();
        DetEvento detEvento = new DetEvento(Optional.empty(), Map.of());
        while (c.nextChild()) {
            switch (c.localName()) {
                case "cOrgao" -> cOrgao = c.text();
                case "tpAmb" -> tpAmb = c.text();
                case "CNPJ" -> cnpj = Optional.of(c.text());
                case "CPF" -> cpf = Optional.of(c.text());
                case "chNFe" -> chNFe = c.text();
                case "dhEvento" -> dhEvento = c.dateTime();
                case "tpEvento" -> tpEvento = c.text();
                case "nSeqEvento" -> nSeqEvento = c.text();
                case "verEvento" -> verEvento = Optional.of(c.text());
                case "detEvento" -> detEvento = readDetEvento(c);
                default -> c.skipUnknown();
            }
        }
        if (chNFe == null || chNFe.isBlank()) {
            throw new RejectedDocumentException(Finding.error(NfeXmlDeserializer.REQUIRED_MISSING,
                    c.closedPath() + "/chNFe", "Cannot read the event: chNFe, its chave, is missing"));
        }
        AccessKey chave = new AccessKey(chNFe);
        String type = c.required(tpEvento, "tpEvento");
        int seq = c.toInt(nSeqEvento, "nSeqEvento");
        String eventId = id.orElseGet(() -> {
            c.error(NfeXmlDeserializer.REQUIRED_MISSING, "infEvento/@Id is missing");
            return Event.idOf(type, chave, seq);
        });
        return new Evento(chave, eventId, versao, c.required(cOrgao, "cOrgao"), c.required(tpAmb, "tpAmb"), cnpj, cpf,
                dhEvento, type, seq, verEvento, detEvento.text("descEvento"), detail(type, detEvento),
                detEvento.xml());
    }

    private static EventDetail detail(String tpEvento, DetEvento det) {
        return switch (tpEvento) {
            case Event.TP_CANCELAMENTO -> new EventDetail.Cancellation(det.text("nProt").orElse(""),
                    det.text("xJust").orElse(""));
            case Event.TP_CARTA_CORRECAO -> new EventDetail.CorrectionLetter(det.text("xCorrecao").orElse(""),
                    det.text("xCondUso"));
            case "210200", "210210", "210220", "210240" -> new EventDetail.Manifestation(det.text("xJust"));
            default -> new EventDetail.Other();
        };
    }

    /**
     * Copies {@code detEvento} itself in canonical form (see {@link CanonicalXml}) and collects the text of its
     * direct children, in one pass.
     */
    private static DetEvento readDetEvento(XmlCursor c) throws XMLStreamException {
        XMLStreamReader r = c.stream();
        CanonicalXml xml = c.canonicalWriter();
        xml.startElement(r);
        Map<String, String> texts = new HashMap<>();
        int base = c.depth();
        String child = null;
        StringBuilder childText = new StringBuilder();
        while (true) {
            int event = c.next();
            xml.event(event, r);
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (c.depth() == base + 1) {
                    child = r.getLocalName();
                    childText.setLength(0);
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (c.depth() < base) {
                    break;
                }
                if (c.depth() == base && child != null) {
                    texts.putIfAbsent(child, childText.toString());
                    child = null;
                }
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE) {
                if (child != null && c.depth() == base + 1) {
                    childText.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
                }
            }
        }
        return new DetEvento(Optional.of(xml.result()), texts);
    }

    /** Reads a {@code retEvento}: its infEvento, the signature skipped. */
    static RetEvento readRetEvento(XmlCursor c) throws XMLStreamException {
        String versao = c.attribute("versao").orElse("");
        RetEvento ret = null;
        while (c.nextChild()) {
            switch (c.localName()) {
                case "infEvento" -> ret = readRetInfEvento(c, versao);
                case "Signature" -> c.skip();
                default -> c.skipUnknown();
            }
        }
        return c.requiredGroup(ret, "infEvento");
    }

    private static RetEvento readRetInfEvento(XmlCursor c, String versao) throws XMLStreamException {
        Optional<String> id = c.attribute("Id");
        String tpAmb = null;
        String verAplic = null;
        String cOrgao = null;
        String cStat = null;
        String xMotivo = null;
        Optional<String> chNFe = Optional.empty();
        Optional<String> tpEvento = Optional.empty();
        Optional<String> xEvento = Optional.empty();
        Optional<String> nSeqEvento = Optional.empty();
        Optional<String> cOrgaoAutor = Optional.empty();
        Optional<String> cnpjDest = Optional.empty();
        Optional<String> cpfDest = Optional.empty();
        Optional<String> emailDest = Optional.empty();
        OffsetDateTime dhRegEvento = null;
        Optional<String> nProt = Optional.empty();
        while (c.nextChild()) {
            switch (c.localName()) {
                case "tpAmb" -> tpAmb = c.text();
                case "verAplic" -> verAplic = c.text();
                case "cOrgao" -> cOrgao = c.text();
                case "cStat" -> cStat = c.text();
                case "xMotivo" -> xMotivo = c.text();
                case "chNFe" -> chNFe = Optional.of(c.text());
                case "tpEvento" -> tpEvento = Optional.of(c.text());
                case "xEvento" -> xEvento = Optional.of(c.text());
                case "nSeqEvento" -> nSeqEvento = Optional.of(c.text());
                case "cOrgaoAutor" -> cOrgaoAutor = Optional.of(c.text());
                case "CNPJDest" -> cnpjDest = Optional.of(c.text());
                case "CPFDest" -> cpfDest = Optional.of(c.text());
                case "emailDest" -> emailDest = Optional.of(c.text());
                case "dhRegEvento" -> dhRegEvento = c.requiredDateTime();
                case "nProt" -> nProt = Optional.of(c.text());
                default -> c.skipUnknown();
            }
        }
        Optional<Integer> seq = nSeqEvento.map(s -> c.toInt(s, "nSeqEvento"));
        return new RetEvento(versao, id, c.required(tpAmb, "tpAmb"), c.required(verAplic, "verAplic"),
                c.required(cOrgao, "cOrgao"), c.required(cStat, "cStat"), c.required(xMotivo, "xMotivo"), chNFe,
                tpEvento, xEvento, seq, cOrgaoAutor, cnpjDest, cpfDest, emailDest,
                c.required(dhRegEvento, "dhRegEvento"), nProt);
    }

    /** The content of a detEvento: its canonical XML and the text of its direct children by tag. */
    private record DetEvento(Optional<String> xml, Map<String, String> texts) {
        Optional<String> text(String tag) {
            return Optional.ofNullable(texts.get(tag));
        }
    }

    /** The fields of an {@code evento}, waiting for the result that may follow it. */
    private record Evento(AccessKey chave, String id, String versao, String cOrgao, String tpAmb,
            Optional<String> cnpj, Optional<String> cpf, Optional<OffsetDateTime> dhEvento, String tpEvento,
            int nSeqEvento, Optional<String> verEvento, Optional<String> descEvento, EventDetail detail,
            Optional<String> detEventoXml) {
        boolean answeredBy(RetEvento ret) {
            return ret.chNFe().map(chave.value()::equals).orElse(false)
                    && ret.tpEvento().map(tpEvento::equals).orElse(false)
                    && ret.nSeqEvento().map(seq -> seq == nSeqEvento).orElse(false);
        }

        Event toEvent(Optional<RetEvento> ret) {
            return new Event(chave, id, versao, cOrgao, tpAmb, cnpj, cpf, dhEvento, tpEvento, nSeqEvento, verEvento,
                    descEvento, detail, detEventoXml, ret, List.of());
        }
    }
}
