package dev.nfe.core.extract;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The recipient's Ciência da Operação (event 210210, layout 1.00) for one NF-e: the {@code evento} SEFAZ's
 * Ambiente Nacional registers ({@code cOrgao} 91), after which the distribution service serves the full
 * {@code procNFe} instead of its {@code resNFe}.
 *
 * @param tpAmb 1 production, 2 homologation
 * @param party the recipient's CNPJ (14 digits) or CPF (11 digits), the author of the event
 * @param chave the NF-e's chave de acesso, 44 characters
 * @param dhEvento when the event is made, with its offset; kept to the second
 */
record CienciaEvent(int tpAmb, String party, String chave, OffsetDateTime dhEvento) {
    static final String TP_EVENTO = "210210";
    static final String DESCRIPTION = "Ciencia da Operacao";

    private static final Pattern CHAVE = Pattern.compile("[0-9]{6}[0-9A-Z]{12}[0-9]{26}");
    private static final Pattern PARTY = Pattern.compile("[0-9]{11}|[0-9]{14}");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    CienciaEvent {
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(chave, "chave");
        Objects.requireNonNull(dhEvento, "dhEvento");
        if (tpAmb != 1 && tpAmb != 2) {
            throw new IllegalArgumentException("Cannot build the event: tpAmb must be 1 or 2, was " + tpAmb);
        }
        if (!CHAVE.matcher(chave).matches()) {
            throw new IllegalArgumentException("Cannot build the event: the chave must have 44 characters");
        }
        if (!PARTY.matcher(party).matches()) {
            throw new IllegalArgumentException(
                    "Cannot build the event: the party must be a CNPJ of 14 digits or a CPF of 11 digits");
        }
        dhEvento = dhEvento.truncatedTo(ChronoUnit.SECONDS);
    }

    /** The {@code infEvento/@Id}: {@code ID}, the event type, the chave and the sequence {@code 01}. */
    String id() {
        return "ID" + TP_EVENTO + chave + "01";
    }

    /** A new document whose root is this unsigned {@code evento}, its {@code Id} attribute declared as an ID. */
    Document unsigned() {
        Document document = newDocument();
        Element evento = element(document, "evento");
        evento.setAttribute("versao", "1.00");
        document.appendChild(evento);
        Element infEvento = element(document, "infEvento");
        infEvento.setAttribute("Id", id());
        infEvento.setIdAttribute("Id", true);
        evento.appendChild(infEvento);
        text(infEvento, "cOrgao", "91");
        text(infEvento, "tpAmb", Integer.toString(tpAmb));
        text(infEvento, party.length() == 14 ? "CNPJ" : "CPF", party);
        text(infEvento, "chNFe", chave);
        text(infEvento, "dhEvento", SECONDS.format(dhEvento));
        text(infEvento, "tpEvento", TP_EVENTO);
        text(infEvento, "nSeqEvento", "1");
        text(infEvento, "verEvento", "1.00");
        Element detEvento = element(document, "detEvento");
        detEvento.setAttribute("versao", "1.00");
        infEvento.appendChild(detEvento);
        text(detEvento, "descEvento", DESCRIPTION);
        return document;
    }

    private static void text(Element parent, String name, String value) {
        Element child = element(parent.getOwnerDocument(), name);
        child.setTextContent(value);
        parent.appendChild(child);
    }

    private static Element element(Document document, String name) {
        return document.createElementNS(DistDFeRequest.NFE_NAMESPACE, name);
    }

    private static Document newDocument() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The JDK's DOM builder cannot be configured", e);
        }
    }
}
