package dev.nfe.core.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The taxes of an item (grupo M, {@code imposto}).
 *
 * @param vTotTrib {@code /NFe/infNFe/det/imposto/vTotTrib}
 * @param icms {@code /NFe/infNFe/det/imposto/ICMS}
 * @param ipi {@code /NFe/infNFe/det/imposto/IPI}
 * @param ii {@code /NFe/infNFe/det/imposto/II}
 * @param issqn {@code /NFe/infNFe/det/imposto/ISSQN}
 * @param pis {@code /NFe/infNFe/det/imposto/PIS}
 * @param pisst {@code /NFe/infNFe/det/imposto/PISST}
 * @param cofins {@code /NFe/infNFe/det/imposto/COFINS}
 * @param cofinsst {@code /NFe/infNFe/det/imposto/COFINSST}
 * @param icmsufDest {@code /NFe/infNFe/det/imposto/ICMSUFDest}
 * @param is {@code /NFe/infNFe/det/imposto/IS}
 * @param ibscbs {@code /NFe/infNFe/det/imposto/IBSCBS}
 */
public record Imposto(
        Optional<BigDecimal> vTotTrib,
        Optional<ICMS> icms,
        Optional<IPI> ipi,
        Optional<II> ii,
        Optional<ISSQN> issqn,
        Optional<PIS> pis,
        Optional<PISST> pisst,
        Optional<COFINS> cofins,
        Optional<COFINSST> cofinsst,
        Optional<ICMSUFDest> icmsufDest,
        Optional<IS> is,
        Optional<IBSCBS> ibscbs) {
    public Imposto {
        Objects.requireNonNull(vTotTrib, "vTotTrib");
        Objects.requireNonNull(icms, "icms");
        Objects.requireNonNull(ipi, "ipi");
        Objects.requireNonNull(ii, "ii");
        Objects.requireNonNull(issqn, "issqn");
        Objects.requireNonNull(pis, "pis");
        Objects.requireNonNull(pisst, "pisst");
        Objects.requireNonNull(cofins, "cofins");
        Objects.requireNonNull(cofinsst, "cofinsst");
        Objects.requireNonNull(icmsufDest, "icmsufDest");
        Objects.requireNonNull(is, "is");
        Objects.requireNonNull(ibscbs, "ibscbs");
    }
}
