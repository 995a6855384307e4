package dev.nfe.core.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class GeneratedEventTest {
    private final NfeGenerator generator = NfeGenerator.seeded(5).withNfceShare(0);
    private final GeneratedDocument document = generator.generate(11);

    @Test
    void generateEvent_cancellation_carriesTheTargetsChaveAndProtocol() {
        GeneratedEvent event = generator.generateEvent(document, EventType.CANCELLATION);
        ParsedXml xml = ParsedXml.parse(event.xml());
        ParsedXml infEvento = xml.one("evento/infEvento");

        assertThat(xml.name()).isEqualTo("procEventoNFe");
        assertThat(infEvento.attribute("Id")).isEqualTo(event.id())
                .isEqualTo("ID110111" + document.chave() + "01");
        assertThat(infEvento.text("chNFe")).isEqualTo(document.chave());
        assertThat(infEvento.text("CNPJ")).isEqualTo(document.emitterCnpj());
        assertThat(infEvento.text("cOrgao")).isEqualTo(document.chave().substring(0, 2));
        assertThat(infEvento.text("detEvento/nProt")).isEqualTo(document.nProt());
        assertThat(infEvento.text("detEvento/xJust")).hasSizeGreaterThanOrEqualTo(15);
        assertThat(xml.text("retEvento/infEvento/cStat")).isEqualTo("135");
        assertThat(xml.text("retEvento/infEvento/nProt")).isEqualTo(event.nProt());
    }

    @ParameterizedTest
    @EnumSource(value = EventType.class, names = {"OPERATION_CONFIRMATION", "OPERATION_AWARENESS",
            "OPERATION_UNKNOWN", "OPERATION_NOT_PERFORMED"})
    void generateEvent_manifestation_isAuthoredByTheRecipientAtTheNationalEnvironment(EventType type) {
        GeneratedEvent event = generator.generateEvent(document, type);
        ParsedXml infEvento = ParsedXml.parse(event.xml()).one("evento/infEvento");
        GeneratedParty recipient = document.recipient().orElseThrow();

        assertThat(infEvento.text("cOrgao")).isEqualTo("91").isEqualTo(event.cOrgao());
        assertThat(infEvento.text(recipient.taxIdTag())).isEqualTo(recipient.taxId()).isEqualTo(event.authorTaxId());
        assertThat(infEvento.text("tpEvento")).isEqualTo(type.code());
        assertThat(infEvento.text("detEvento/descEvento")).isEqualTo(type.description());
    }

    @Test
    void generateEvent_correctionLetter_carriesCorrectionAndConditionsOfUse() {
        GeneratedEvent event = generator.generateEvent(document, EventType.CORRECTION_LETTER, 3);
        ParsedXml infEvento = ParsedXml.parse(event.xml()).one("evento/infEvento");

        assertThat(infEvento.text("nSeqEvento")).isEqualTo("3");
        assertThat(infEvento.text("detEvento/descEvento")).isEqualTo("Carta de Correção");
        assertThat(infEvento.text("detEvento/xCorrecao")).hasSizeGreaterThanOrEqualTo(15);
        assertThat(infEvento.text("detEvento/xCondUso")).startsWith("A Carta de Correção é disciplinada");
        assertThat(event.fileName()).isEqualTo(document.chave() + "-110110-03-procEventoNFe.xml");
    }

    @Test
    void generateEvent_sameInputs_returnIdenticalBytes() {
        GeneratedEvent first = generator.generateEvent(document, EventType.CORRECTION_LETTER, 2);

        assertThat(NfeGenerator.seeded(5).withNfceShare(0).generateEvent(document, EventType.CORRECTION_LETTER, 2))
                .isEqualTo(first);
    }

    @Test
    void generateEvent_dhEvento_followsTheAuthorisation() {
        GeneratedEvent event = generator.generateEvent(document, EventType.CANCELLATION);

        assertThat(OffsetDateTime.parse(event.dhEvento())).isAfter(OffsetDateTime.parse(document.dhRecbto()));
        assertThat(OffsetDateTime.parse(event.dhRegEvento())).isAfter(OffsetDateTime.parse(event.dhEvento()));
        assertThat(event.dhRegEvento()).endsWith("-03:00");
    }

    @ParameterizedTest
    @EnumSource(value = EventType.class, names = "CANCELLATION", mode = EnumSource.Mode.EXCLUDE)
    void generateEvent_otherThanCancellationOnNfce_throws(EventType type) {
        GeneratedDocument nfce = NfeGenerator.seeded(5).withNfceShare(100).generate(0);

        assertThatThrownBy(() -> generator.generateEvent(nfce, type))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("only cancellation applies to model 65");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 21})
    void generateEvent_sequenceOutOfRange_throws(int sequence) {
        assertThatThrownBy(() -> generator.generateEvent(document, EventType.CORRECTION_LETTER, sequence))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nSeqEvento must be 1 to 20");
    }
}
