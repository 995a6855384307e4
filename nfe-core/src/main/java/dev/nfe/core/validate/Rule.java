package dev.nfe.core.validate;

import dev.nfe.core.model.FiscalDocument;
import dev.nfe.core.spi.Finding;
import java.util.List;

/** One validation rule: stateless, thread-safe, and never throws for a document it does not apply to. */
interface Rule {

    /** The findings of this rule for {@code document}, in a fixed order; empty when the rule does not apply. */
    List<Finding> check(FiscalDocument document);
}
