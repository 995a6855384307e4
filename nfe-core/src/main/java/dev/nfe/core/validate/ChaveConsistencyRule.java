package dev.nfe.core.validate;

import dev.nfe.core.model.AccessKey;
import dev.nfe.core.model.FiscalDocument;
import dev.nfe.core.model.Ide;
import dev.nfe.core.model.LayoutPath;
import dev.nfe.core.model.Nfe;
import dev.nfe.core.model.NfeSummary;
import dev.nfe.core.spi.Finding;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Whether the fields the chave encodes agree with the document: cUF, AAMM of the emission date, the issuer's CNPJ
 * (or CPF), mod, serie, nNF, tpEmis, cNF and cDV. A warning: anonymised fixtures routinely edit one side only, and
 * the chave still identifies the document.
 */
final class ChaveConsistencyRule implements Rule {

    @Override
    public List<Finding> check(FiscalDocument document) {
        if (!document.chave().isWellFormed()) {
            return List.of();
        }
        if (document instanceof Nfe nfe) {
            return report(LayoutPath.chave(nfe), "ide/emit", disagreements(nfe));
        }
        if (document instanceof NfeSummary summary) {
            return report(LayoutPath.chave(summary), "resNFe", disagreements(summary));
        }
        return List.of();
    }

    private static List<Disagreement> disagreements(Nfe nfe) {
        AccessKey chave = nfe.chave();
        Ide ide = nfe.ide();
        List<Disagreement> found = new ArrayList<>();
        compare(found, "cUF", chave.cUF(), ide.cUF());
        aamm(ide.dhEmi(), ide.dEmi()).ifPresent(aamm -> compare(found, "AAMM", chave.aamm(), aamm));
        emitter(nfe.emit().cnpj(), nfe.emit().cpf()).ifPresent(emitter -> compareEmitter(found, chave, emitter));
        compare(found, "mod", chave.mod(), padded(Integer.toString(ide.mod()), 2));
        compare(found, "serie", chave.serie(), padded(Integer.toString(ide.serie()), 3));
        compare(found, "nNF", chave.nNF(), padded(Long.toString(ide.nNF()), 9));
        if (nfe.versao().startsWith("1.")) {
            // Layout 1.10 had no tpEmis in the chave and a 9-digit cNF in its place.
            compare(found, "cNF", chave.value().substring(34, 43), padded(ide.cNF(), 9));
        } else {
            compare(found, "tpEmis", chave.tpEmis(), ide.tpEmis());
            compare(found, "cNF", chave.cNF(), padded(ide.cNF(), 8));
        }
        compare(found, "cDV", chave.cDV(), ide.cDV());
        return found;
    }

    private static List<Disagreement> disagreements(NfeSummary summary) {
        AccessKey chave = summary.chave();
        List<Disagreement> found = new ArrayList<>();
        aamm(Optional.of(summary.dhEmi()), Optional.empty())
                .ifPresent(aamm -> compare(found, "AAMM", chave.aamm(), aamm));
        emitter(summary.cnpj(), summary.cpf()).ifPresent(emitter -> compareEmitter(found, chave, emitter));
        return found;
    }

    private static List<Finding> report(String path, String against, List<Disagreement> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        String fields = found.stream().map(Disagreement::field).collect(Collectors.joining(", "));
        String details = found.stream().map(Disagreement::description).collect(Collectors.joining("; "));
        return List.of(Finding.warning(FindingCodes.CHAVE_MISMATCH, path,
                "chave disagrees with " + against + " on: " + fields + " (" + details + ")"));
    }

    private static void compare(List<Disagreement> found, String field, String inChave, String inDocument) {
        if (!inChave.equals(inDocument)) {
            found.add(new Disagreement(field, field + ": chave " + inChave + ", document " + inDocument));
        }
    }

    /** The issuer's id as the chave writes it: the CNPJ, or the CPF left-padded with zeros to 14 digits. */
    private static void compareEmitter(List<Disagreement> found, AccessKey chave, Emitter emitter) {
        String inDocument = padded(emitter.id(), 14);
        if (chave.emitterId().equals(inDocument)) {
            return;
        }
        if (emitter.kind() == IdKind.CPF) {
            // A CPF is personal data: say that the two differ, not what they are.
            found.add(new Disagreement("CNPJ", "CNPJ: the chave names another issuer than the CPF given (not shown)"));
        } else {
            compare(found, "CNPJ", chave.emitterId(), emitter.id());
        }
    }

    private static Optional<Emitter> emitter(Optional<String> cnpj, Optional<String> cpf) {
        return cnpj.map(value -> new Emitter(IdKind.CNPJ, value))
                .or(() -> cpf.map(value -> new Emitter(IdKind.CPF, value)));
    }

    /** AAMM of the emission: dhEmi (3.10 onwards) at its own offset, or dEmi (2.00 and older). */
    private static Optional<String> aamm(Optional<OffsetDateTime> dhEmi, Optional<LocalDate> dEmi) {
        Optional<LocalDate> date = dhEmi.map(OffsetDateTime::toLocalDate).or(() -> dEmi);
        return date.map(d -> padded(Integer.toString(d.getYear() % 100), 2)
                + padded(Integer.toString(d.getMonthValue()), 2));
    }

    private static String padded(String value, int width) {
        return value.length() >= width ? value : "0".repeat(width - value.length()) + value;
    }

    private enum IdKind { CNPJ, CPF }

    private record Emitter(IdKind kind, String id) {
    }

    private record Disagreement(String field, String description) {
    }
}
