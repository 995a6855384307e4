package dev.nfe.core.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The totals of the note (grupo W, {@code total}).
 *
 * @param icmsTot {@code /NFe/infNFe/total/ICMSTot}
 * @param issqNtot {@code /NFe/infNFe/total/ISSQNtot}
 * @param retTrib {@code /NFe/infNFe/total/retTrib}
 * @param isTot {@code /NFe/infNFe/total/ISTot}
 * @param ibscbsTot {@code /NFe/infNFe/total/IBSCBSTot}
 * @param vNFTot {@code /NFe/infNFe/total/vNFTot}
 */
public record Total(
        ICMSTot icmsTot,
        Optional<ISSQNtot> issqNtot,
        Optional<RetTrib> retTrib,
        Optional<ISTot> isTot,
        Optional<IBSCBSTot> ibscbsTot,
        Optional<BigDecimal> vNFTot) {
    public Total {
        Objects.requireNonNull(icmsTot, "icmsTot");
        Objects.requireNonNull(issqNtot, "issqNtot");
        Objects.requireNonNull(retTrib, "retTrib");
        Objects.requireNonNull(isTot, "isTot");
        Objects.requireNonNull(ibscbsTot, "ibscbsTot");
        Objects.requireNonNull(vNFTot, "vNFTot");
    }
}
