package dev.nfe.core.validate;

import dev.nfe.core.model.Event;
import dev.nfe.core.model.EventSummary;
import dev.nfe.core.model.FiscalDocument;
import dev.nfe.core.model.Ide;
import dev.nfe.core.model.LayoutPath;
import dev.nfe.core.model.Nfe;
import dev.nfe.core.model.NfeSummary;
import dev.nfe.core.model.ProtNFe;
import dev.nfe.core.spi.Finding;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Timestamps that come before the one they follow: departure (dhSaiEnt) or SEFAZ receipt (dhRecbto) before emission
 * (dhEmi), an event's registration before the event. Compared as instants, so the offsets may differ; a later time
 * may precede an earlier one by the clock tolerance, since issuer and SEFAZ clocks drift. Warnings: the corpus has a
 * valid cancelled note received years before its edited dhEmi.
 */
final class DateOrderRule implements Rule {

    private final Duration tolerance;

    DateOrderRule(Duration tolerance) {
        this.tolerance = tolerance;
    }

    @Override
    public List<Finding> check(FiscalDocument document) {
        List<Finding> findings = new ArrayList<>();
        if (document instanceof Nfe nfe) {
            checkNfe(findings, nfe);
        } else if (document instanceof Event event) {
            event.retEvento().ifPresent(ret -> event.dhEvento().ifPresent(dhEvento -> order(findings,
                    LayoutPath.RET_EVENTO + "/dhRegEvento", "dhRegEvento", ret.dhRegEvento(), "dhEvento", dhEvento)));
        } else if (document instanceof NfeSummary summary) {
            order(findings, LayoutPath.RES_NFE + "/dhRecbto", "dhRecbto", summary.dhRecbto(), "dhEmi",
                    summary.dhEmi());
        } else if (document instanceof EventSummary summary) {
            order(findings, LayoutPath.RES_EVENTO + "/dhRecbto", "dhRecbto", summary.dhRecbto(), "dhEvento",
                    summary.dhEvento());
        }
        return List.copyOf(findings);
    }

    private void checkNfe(List<Finding> findings, Nfe nfe) {
        Ide ide = nfe.ide();
        ide.dhEmi().ifPresent(dhEmi -> {
            ide.dhSaiEnt().ifPresent(dhSaiEnt -> order(findings, LayoutPath.IDE + "/dhSaiEnt", "dhSaiEnt",
                    dhSaiEnt, "dhEmi", dhEmi));
            nfe.protNFe().flatMap(ProtNFe::dhRecbto).ifPresent(dhRecbto -> order(findings,
                    LayoutPath.INF_PROT + "/dhRecbto", "dhRecbto", dhRecbto, "dhEmi", dhEmi));
        });
        // Layouts up to 2.00 give dates only: compare days, no tolerance needed.
        Optional<LocalDate> dEmi = ide.dEmi();
        if (dEmi.isPresent() && ide.dSaiEnt().isPresent() && ide.dSaiEnt().get().isBefore(dEmi.get())) {
            findings.add(Finding.warning(FindingCodes.DATE_ORDER, LayoutPath.IDE + "/dSaiEnt",
                    "dSaiEnt " + ide.dSaiEnt().get() + " is before dEmi " + dEmi.get()));
        }
    }

    private void order(List<Finding> findings, String path, String laterName, OffsetDateTime later,
            String earlierName, OffsetDateTime earlier) {
        if (Duration.between(later, earlier).compareTo(tolerance) > 0) {
            findings.add(Finding.warning(FindingCodes.DATE_ORDER, path,
                    laterName + " " + later + " is before " + earlierName + " " + earlier + " by more than "
                            + tolerance + "; expected it at or after " + earlierName));
        }
    }
}
