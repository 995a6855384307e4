package dev.nfe.core.validate;

import dev.nfe.core.model.Cnpj;
import dev.nfe.core.model.Cpf;
import dev.nfe.core.model.Event;
import dev.nfe.core.model.EventSummary;
import dev.nfe.core.model.FiscalDocument;
import dev.nfe.core.model.LayoutPath;
import dev.nfe.core.model.Nfe;
import dev.nfe.core.model.NfeSummary;
import dev.nfe.core.spi.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The check digits of the CNPJ or CPF of the issuer, the recipient, each autXML reader, an event's author and a
 * summary's issuer, including the alphanumeric CNPJ of 2026.
 *
 * <p>Every finding is a warning, the issuer's too: the corpus has documents it calls valid whose issuer CNPJ fails
 * its check digits (anonymised fixtures such as 99999999999999), and SEFAZ has already authorised what it
 * authorised. A CPF is personal data, so messages show at most its middle six digits.
 */
final class PartyIdRule implements Rule {

    @Override
    public List<Finding> check(FiscalDocument document) {
        List<Finding> findings = new ArrayList<>();
        if (document instanceof Nfe nfe) {
            checkParty(findings, LayoutPath.EMIT, "issuer", nfe.emit().cnpj(), nfe.emit().cpf());
            nfe.dest().ifPresent(dest -> checkParty(findings, LayoutPath.DEST, "recipient", dest.cnpj(), dest.cpf()));
            nfe.autXML().forEach(aut -> checkParty(findings, LayoutPath.INF_NFE + "/autXML", "authorised reader",
                    aut.cnpj(), aut.cpf()));
        } else if (document instanceof Event event) {
            checkParty(findings, LayoutPath.INF_EVENTO, "event author", event.cnpj(), event.cpf());
        } else if (document instanceof NfeSummary summary) {
            checkParty(findings, LayoutPath.RES_NFE, "issuer", summary.cnpj(), summary.cpf());
        } else if (document instanceof EventSummary summary) {
            checkParty(findings, LayoutPath.RES_EVENTO, "event author", summary.cnpj(), summary.cpf());
        }
        return List.copyOf(findings);
    }

    private static void checkParty(List<Finding> findings, String group, String role, Optional<String> cnpj,
            Optional<String> cpf) {
        cnpj.map(Cnpj::new).ifPresent(value -> checkCnpj(findings, group + "/CNPJ", role, value));
        cpf.map(Cpf::new).ifPresent(value -> checkCpf(findings, group + "/CPF", role, value));
    }

    private static void checkCnpj(List<Finding> findings, String path, String role, Cnpj cnpj) {
        if (!cnpj.isWellFormed()) {
            findings.add(Finding.warning(FindingCodes.CNPJ_CHECK_DIGIT, path,
                    "the " + role + "'s CNPJ must be 12 characters [0-9A-Z] and 2 digits; it has "
                            + cnpj.value().length() + " characters"));
        } else if (!cnpj.hasValidCheckDigits()) {
            findings.add(Finding.warning(FindingCodes.CNPJ_CHECK_DIGIT, path,
                    "the " + role + "'s CNPJ " + cnpj.value() + " has check digits " + cnpj.value().substring(12)
                            + ", expected " + cnpj.computeCheckDigits()));
        }
    }

    private static void checkCpf(List<Finding> findings, String path, String role, Cpf cpf) {
        if (!cpf.isWellFormed()) {
            findings.add(Finding.warning(FindingCodes.CPF_CHECK_DIGIT, path,
                    "the " + role + "'s CPF must be 11 digits; it has " + cpf.value().length() + " characters"));
        } else if (!cpf.hasValidCheckDigits()) {
            findings.add(Finding.warning(FindingCodes.CPF_CHECK_DIGIT, path,
                    "the " + role + "'s CPF " + masked(cpf.value())
                            + " fails its check digits (or repeats a single digit)"));
        }
    }

    /** {@code ***.456.789-**}: the form Brazilian receipts print, which identifies no one on its own. */
    private static String masked(String cpf) {
        return "***." + cpf.substring(3, 6) + "." + cpf.substring(6, 9) + "-**";
    }
}
