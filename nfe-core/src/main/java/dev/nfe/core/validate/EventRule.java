package dev.nfe.core.validate;

import dev.nfe.core.model.Event;
import dev.nfe.core.model.EventDetail;
import dev.nfe.core.model.EventSummary;
import dev.nfe.core.model.FiscalDocument;
import dev.nfe.core.model.LayoutPath;
import dev.nfe.core.model.RetEvento;
import dev.nfe.core.spi.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * Events and event summaries: the sequence number (1 to 99), the details a cancellation (110111: nProt and xJust)
 * or a carta de correção (110110: xCorrecao) requires and their lengths, and the result SEFAZ returned. Other event
 * types are kept as they are, without findings; their chave is checked by {@link AccessKeyRule}.
 */
final class EventRule implements Rule {

    private static final String DET_EVENTO = LayoutPath.INF_EVENTO + "/detEvento";
    private static final int MAX_SEQUENCE = 99;
    private static final int MIN_TEXT = 15;
    private static final int MAX_JUSTIFICATION = 255;
    private static final int MAX_CORRECTION = 1000;

    @Override
    public List<Finding> check(FiscalDocument document) {
        List<Finding> findings = new ArrayList<>();
        if (document instanceof Event event) {
            sequence(findings, LayoutPath.INF_EVENTO + "/nSeqEvento", event.nSeqEvento());
            checkDetail(findings, event);
            event.retEvento().filter(ret -> !ret.isRegistered()).ifPresent(ret -> findings.add(notRegistered(ret)));
            event.retEvento().flatMap(RetEvento::chNFe).filter(ch -> !ch.isBlank())
                    .filter(ch -> !ch.equals(event.chave().value()))
                    .ifPresent(ch -> findings.add(Finding.warning(FindingCodes.EVENT_RESULT_CHAVE_MISMATCH,
                            LayoutPath.RET_EVENTO + "/chNFe", "retEvento chNFe " + ch
                                    + " differs from the event's chNFe " + event.chave().value())));
        } else if (document instanceof EventSummary summary) {
            sequence(findings, LayoutPath.RES_EVENTO + "/nSeqEvento", summary.nSeqEvento());
        }
        return List.copyOf(findings);
    }

    private static void sequence(List<Finding> findings, String path, int nSeqEvento) {
        if (nSeqEvento < 1 || nSeqEvento > MAX_SEQUENCE) {
            findings.add(Finding.error(FindingCodes.EVENT_SEQUENCE_INVALID, path,
                    "nSeqEvento must be 1 to " + MAX_SEQUENCE + ", was " + nSeqEvento));
        }
    }

    /** A retEvento alone has no detEvento (its XML is empty), so only an event that carries one is checked. */
    private static void checkDetail(List<Finding> findings, Event event) {
        if (event.detEventoXml().isEmpty()) {
            return;
        }
        EventDetail detail = event.detail();
        if (Event.TP_CANCELAMENTO.equals(event.tpEvento())) {
            if (detail instanceof EventDetail.Cancellation cancellation) {
                required(findings, "nProt", cancellation.nProt());
                text(findings, "xJust", cancellation.xJust(), MAX_JUSTIFICATION);
            } else {
                findings.add(Finding.error(FindingCodes.REQUIRED_FIELD, DET_EVENTO,
                        "a cancellation (110111) requires detEvento/nProt and detEvento/xJust; they are missing"));
            }
        } else if (Event.TP_CARTA_CORRECAO.equals(event.tpEvento())) {
            if (detail instanceof EventDetail.CorrectionLetter letter) {
                text(findings, "xCorrecao", letter.xCorrecao(), MAX_CORRECTION);
            } else {
                findings.add(Finding.error(FindingCodes.REQUIRED_FIELD, DET_EVENTO,
                        "a carta de correção (110110) requires detEvento/xCorrecao; it is missing"));
            }
        }
    }

    private static void required(List<Finding> findings, String tag, String value) {
        if (value.isBlank()) {
            findings.add(Finding.error(FindingCodes.REQUIRED_FIELD, DET_EVENTO + "/" + tag,
                    "detEvento/" + tag + " is required but empty"));
        }
    }

    /** A free text of {@value #MIN_TEXT} to {@code max} characters; empty is a missing field, not a length problem. */
    private static void text(List<Finding> findings, String tag, String value, int max) {
        String text = value.strip();
        if (text.isEmpty()) {
            required(findings, tag, text);
            return;
        }
        int length = text.codePointCount(0, text.length());
        if (length < MIN_TEXT || length > max) {
            findings.add(Finding.warning(FindingCodes.EVENT_TEXT_LENGTH, DET_EVENTO + "/" + tag,
                    "detEvento/" + tag + " must be " + MIN_TEXT + " to " + max + " characters, has " + length));
        }
    }

    private static Finding notRegistered(RetEvento ret) {
        String cStat = ret.cStat().length() <= 10 ? ret.cStat() : ret.cStat().substring(0, 10) + "…";
        return Finding.warning(FindingCodes.EVENT_NOT_REGISTERED, LayoutPath.RET_EVENTO + "/cStat",
                "retEvento cStat " + cStat + " does not register the event; expected 135, 136 or 155");
    }
}
