package dev.nfe.core.extract;

import dev.nfe.core.spi.NfeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The {@code retEnvEvento} NFeRecepcaoEvento4 answered, read out of its SOAP envelope: the lot's status and one
 * {@link Registration} per event.
 *
 * @param cStat the lot's status ({@code 128}: lot processed, each event has its own status)
 * @param xMotivo the lot's status text
 * @param registrations the answer for each event, in the order received
 */
record RetEnvEvento(String cStat, String xMotivo, List<Registration> registrations) {
    /** The lot was processed; each event carries its own status. */
    static final String PROCESSED = "128";

    RetEnvEvento {
        Objects.requireNonNull(cStat, "cStat");
        Objects.requireNonNull(xMotivo, "xMotivo");
        registrations = List.copyOf(registrations);
    }

    /**
     * SEFAZ's answer to one event.
     *
     * @param chave the NF-e's chave
     * @param cStat {@code 135} registered and linked to the NF-e, {@code 136} registered, {@code 573} already
     *              registered, others refused
     * @param xMotivo the status text
     * @param nProt the registration's protocol, when registered
     */
    record Registration(String chave, String cStat, String xMotivo, Optional<String> nProt) {
        Registration {
            Objects.requireNonNull(chave, "chave");
            Objects.requireNonNull(cStat, "cStat");
            Objects.requireNonNull(xMotivo, "xMotivo");
            Objects.requireNonNull(nProt, "nProt");
        }

        /** Whether the event is registered at SEFAZ now: by this call, or by an earlier one (573). */
        boolean isRegistered() {
            return cStat.equals("135") || cStat.equals("136") || cStat.equals("573");
        }
    }

    /** The registration answered for {@code chave}, if any. */
    Optional<Registration> registrationOf(String chave) {
        return registrations.stream().filter(registration -> registration.chave().equals(chave)).findFirst();
    }

    /**
     * Reads the SOAP response {@code body}.
     *
     * @param source names the response in error messages
     * @throws NfeException if the body is not a SOAP envelope with a well-formed {@code retEnvEvento}
     */
    static RetEnvEvento parse(byte[] body, String source) {
        return SoapAnswer.parse(body, source, RetEnvEvento::read);
    }

    private static RetEnvEvento read(XMLStreamReader reader, String source) throws XMLStreamException {
        String cStat = null;
        String xMotivo = "";
        List<Registration> registrations = new ArrayList<>();
        boolean inside = false;
        while (reader.hasNext()) {
            if (reader.next() != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String name = reader.getLocalName();
            if (!inside) {
                inside = name.equals("retEnvEvento") && DistDFeRequest.NFE_NAMESPACE.equals(reader.getNamespaceURI());
                continue;
            }
            switch (name) {
                case "cStat" -> cStat = reader.getElementText().trim();
                case "xMotivo" -> xMotivo = reader.getElementText().trim();
                case "retEvento" -> registrations.add(registration(reader, source));
                default -> {
                    // idLote, tpAmb, verAplic and cOrgao of the lot decide nothing
                }
            }
        }
        if (!inside || cStat == null) {
            throw new NfeException("Cannot read the response of " + source + ": it holds no retEnvEvento with a "
                    + "cStat in " + DistDFeRequest.NFE_NAMESPACE);
        }
        return new RetEnvEvento(cStat, xMotivo, registrations);
    }

    /** Reads one {@code retEvento}, the reader on its start tag, up to its end tag. */
    private static Registration registration(XMLStreamReader reader, String source) throws XMLStreamException {
        String chave = null;
        String cStat = null;
        String xMotivo = "";
        String nProt = null;
        int depth = 1;
        while (depth > 0 && reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                continue;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            switch (reader.getLocalName()) {
                case "chNFe" -> chave = reader.getElementText().trim();
                case "cStat" -> cStat = reader.getElementText().trim();
                case "xMotivo" -> xMotivo = reader.getElementText().trim();
                case "nProt" -> nProt = reader.getElementText().trim();
                default -> depth++;
            }
        }
        if (chave == null || cStat == null) {
            throw new NfeException("Cannot read the response of " + source + ": a retEvento has no chNFe or cStat");
        }
        return new Registration(chave, cStat, xMotivo, Optional.ofNullable(nProt).filter(text -> !text.isEmpty()));
    }
}
