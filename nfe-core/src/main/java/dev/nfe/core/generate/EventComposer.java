package dev.nfe.core.generate;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Writes a procEventoNFe (evento 1.00 plus the SEFAZ's retEvento with cStat 135) targeting a generated document.
 * The element order follows the event packages' XSDs (leiauteEventoCancNFe, leiauteCCe, leiauteConfRecebto).
 */
final class EventComposer {
    private static final long EVENT_STREAM = 3;
    private static final String VERSION = "1.00";
    private static final String NATIONAL_ENVIRONMENT = "91";
    private static final ZoneOffset BRASILIA = ZoneOffset.ofHours(-3);
    private static final String CONDITIONS_OF_USE = "A Carta de Correção é disciplinada pelo § 1º-A do art. 7º do "
            + "Convênio S/N, de 15 de dezembro de 1970 e pode ser utilizada para regularização de erro ocorrido na "
            + "emissão de documento fiscal, desde que o erro não esteja relacionado com: I - as variáveis que "
            + "determinam o valor do imposto tais como: base de cálculo, alíquota, diferença de preço, quantidade, "
            + "valor da operação ou da prestação; II - a correção de dados cadastrais que implique mudança do "
            + "remetente ou do destinatário; III - a data de emissão ou de saída.";
    private static final List<String> CANCEL_REASONS = List.of(
            "Erro na digitação dos valores dos produtos",
            "Venda cancelada a pedido do cliente antes da saída",
            "Nota emitida em duplicidade por falha no sistema",
            "Destinatário informado incorretamente na emissão");
    private static final List<String> CORRECTIONS = List.of(
            "Onde se lê Rua das Flores leia-se Rua das Flores, fundos",
            "Corrigido o peso bruto dos volumes para o valor conferido na expedição",
            "Incluído o número do pedido do cliente nas informações complementares",
            "A transportadora correta é a informada no conhecimento de transporte");
    private static final List<String> REFUSALS = List.of(
            "Mercadoria devolvida por divergência no pedido",
            "Operação não realizada: mercadoria não entregue",
            "Desconhecemos esta operação com o emitente");

    private final GeneratorSettings settings;

    EventComposer(GeneratorSettings settings) {
        this.settings = settings;
    }

    GeneratedEvent compose(GeneratedDocument target, EventType type, int sequence) {
        if (sequence < 1 || sequence > 20) {
            throw new IllegalArgumentException("Cannot generate event " + type.code() + " #" + sequence + " for "
                    + target.chave() + ": nSeqEvento must be 1 to 20");
        }
        if (type != EventType.CANCELLATION && target.model() == DocumentModel.NFCE) {
            throw new IllegalArgumentException("Cannot generate event " + type.code() + " for NFC-e "
                    + target.chave() + ": only cancellation applies to model 65");
        }
        GeneratedParty author = type.isManifestation()
                ? target.recipient().orElseThrow(() -> new IllegalArgumentException("Cannot generate event "
                + type.code() + " for " + target.chave() + ": the document has no recipient to manifest"))
                : target.emitter();
        SeededRandom random = SeededRandom.of(settings.seed(), EVENT_STREAM, target.index(),
                Long.parseLong(type.code()), sequence);
        String cOrgao = type.isManifestation() ? NATIONAL_ENVIRONMENT : target.chave().substring(0, 2);
        OffsetDateTime authorised = OffsetDateTime.parse(target.dhRecbto(), DocumentHeader.DATE_TIME);
        Duration delay = switch (type) {
            case CANCELLATION -> Duration.ofMinutes(random.between(5, 20 * 60));
            case CORRECTION_LETTER -> Duration.ofMinutes(random.between(60, 10 * 24 * 60));
            default -> Duration.ofMinutes(random.between(60, 15 * 24 * 60));
        };
        OffsetDateTime dhEvento = authorised.plus(delay).plusMinutes(sequence * 30L);
        OffsetDateTime dhRegEvento = dhEvento.plusSeconds(random.between(1, 30)).withOffsetSameInstant(BRASILIA);
        String nProt = (type.isManifestation() ? "8" : "1") + cOrgao
                + String.format("%02d", dhRegEvento.getYear() % 100) + random.digits(10);
        String id = "ID" + type.code() + target.chave() + String.format("%02d", sequence);

        TagWriter out = new TagWriter(4096);
        out.open("procEventoNFe", "xmlns", TagWriter.NFE_NAMESPACE, "versao", VERSION)
                .open("evento", "xmlns", TagWriter.NFE_NAMESPACE, "versao", VERSION)
                .open("infEvento", "Id", id)
                .text("cOrgao", cOrgao)
                .text("tpAmb", DocumentComposer.TP_AMB)
                .text(author.taxIdTag(), author.taxId())
                .text("chNFe", target.chave())
                .text("dhEvento", dhEvento.format(DocumentHeader.DATE_TIME))
                .text("tpEvento", type.code())
                .text("nSeqEvento", Integer.toString(sequence))
                .text("verEvento", VERSION)
                .open("detEvento", "versao", VERSION)
                .text("descEvento", type.description());
        switch (type) {
            case CANCELLATION -> out.text("nProt", target.nProt()).text("xJust", random.pick(CANCEL_REASONS));
            case CORRECTION_LETTER -> out.text("xCorrecao", random.pick(CORRECTIONS))
                    .text("xCondUso", CONDITIONS_OF_USE);
            case OPERATION_UNKNOWN -> {
                if (random.percent(50)) {
                    out.text("xJust", random.pick(REFUSALS));
                }
            }
            case OPERATION_NOT_PERFORMED -> out.text("xJust", random.pick(REFUSALS));
            default -> {
                // Confirmation and awareness carry only descEvento.
            }
        }
        out.close("detEvento").close("infEvento");
        if (settings.signature() == GeneratorSettings.SignatureMode.DUMMY) {
            DummySignature.write(out, id, DummySignature.digestValue(id));
        }
        out.close("evento")
                .open("retEvento", "versao", VERSION)
                .open("infEvento", "Id", "ID" + nProt)
                .text("tpAmb", DocumentComposer.TP_AMB)
                .text("verAplic", type.isManifestation() ? "AN_1.0.0" : "SVRS_EVENTOS_1.0")
                .text("cOrgao", cOrgao)
                .text("cStat", "135")
                .text("xMotivo", "Evento registrado e vinculado a NF-e")
                .text("chNFe", target.chave())
                .text("tpEvento", type.code())
                .text("xEvento", type.description())
                .text("nSeqEvento", Integer.toString(sequence))
                .text("dhRegEvento", dhRegEvento.format(DocumentHeader.DATE_TIME))
                .text("nProt", nProt)
                .close("infEvento")
                .close("retEvento")
                .close("procEventoNFe");
        return new GeneratedEvent(target.chave(), type, sequence, author.taxId(), cOrgao,
                dhEvento.format(DocumentHeader.DATE_TIME), dhRegEvento.format(DocumentHeader.DATE_TIME), nProt,
                out.toUtf8());
    }
}
