package dev.nfe.core.extract;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.w3c.dom.Document;

/**
 * Sends the recipient's Ciência da Operação (event 210210) for NF-e known only by their {@code resNFe}, so that the
 * distribution service serves their full {@code procNFe} on a later call: builds one {@link CienciaEvent} per chave,
 * signs it ({@link EventSigner}), posts them in lots of at most {@value EnvEventoRequest#MAX_EVENTS} to
 * NFeRecepcaoEvento4 ({@link SefazClient}) and reads the {@link RetEnvEvento}. {@code dhEvento} is the clock's
 * instant in Brasília's time zone. Which chaves to send, how many an hour, and what was answered is the
 * extractor's bookkeeping. Thread-safe.
 */
final class CienciaSender {
    private static final ZoneId BRASILIA = ZoneId.of("America/Sao_Paulo");
    private static final Pattern CHAVE = Pattern.compile("[0-9]{6}[0-9A-Z]{12}[0-9]{26}");
    private static final String AUTHORIZED = "1";

    private final SefazClient client;
    private final EventSigner signer;
    private final int tpAmb;
    private final String party;
    private final int maxPerHour;
    private final Clock clock;

    CienciaSender(SefazClient client, EventSigner signer, int tpAmb, String party, int maxPerHour, Clock clock) {
        this.client = Objects.requireNonNull(client, "client");
        this.signer = Objects.requireNonNull(signer, "signer");
        this.tpAmb = tpAmb;
        this.party = Objects.requireNonNull(party, "party");
        if (maxPerHour < 1) {
            throw new IllegalArgumentException("maxPerHour must be at least 1, was " + maxPerHour);
        }
        this.maxPerHour = maxPerHour;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The most events sent within any hour. */
    int maxPerHour() {
        return maxPerHour;
    }

    /** The event service's endpoint, for messages. */
    String endpoint() {
        return client.endpoint();
    }

    /**
     * Sends one lot with the Ciência of each of {@code chaves}.
     *
     * @param chaves 1 to {@value EnvEventoRequest#MAX_EVENTS} chaves
     * @param deadline when the call, with its retries, must have ended
     * @throws dev.nfe.core.spi.TransientException when the service could not be reached after retries
     * @throws DeadlineReached when the deadline stopped the call
     * @throws dev.nfe.core.spi.NfeException when the answer is refused or unreadable
     */
    RetEnvEvento send(List<String> chaves, CallDeadline deadline) {
        Instant now = clock.instant();
        OffsetDateTime dhEvento = OffsetDateTime.ofInstant(now, BRASILIA);
        List<Document> events = new ArrayList<>();
        for (String chave : chaves) {
            CienciaEvent event = new CienciaEvent(tpAmb, party, chave, dhEvento);
            Document document = event.unsigned();
            signer.sign(document, event.id());
            events.add(document);
        }
        EnvEventoRequest request = new EnvEventoRequest(Long.toString(now.toEpochMilli() % 1_000_000_000_000_000L),
                events);
        return RetEnvEvento.parse(client.post(request.envelope(), deadline), client.endpoint());
    }

    /**
     * The chave of a {@code resNFe} whose NF-e is authorized ({@code cSitNFe} 1), the only ones a Ciência applies to;
     * empty for a denied or cancelled NF-e and for anything unreadable (the transform reports those).
     */
    static Optional<String> authorizedChave(byte[] resNFe) {
        String chave = null;
        String situation = null;
        try {
            XMLStreamReader reader = SoapAnswer.hardenedFactory()
                    .createXMLStreamReader(new ByteArrayInputStream(resNFe));
            try {
                while (reader.hasNext() && (chave == null || situation == null)) {
                    if (reader.next() != XMLStreamConstants.START_ELEMENT) {
                        continue;
                    }
                    switch (reader.getLocalName()) {
                        case "chNFe" -> chave = reader.getElementText().trim();
                        case "cSitNFe" -> situation = reader.getElementText().trim();
                        default -> {
                            // the summary's other fields do not decide
                        }
                    }
                }
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            return Optional.empty();
        }
        if (chave == null || !CHAVE.matcher(chave).matches() || !AUTHORIZED.equals(situation)) {
            return Optional.empty();
        }
        return Optional.of(chave);
    }
}
