package dev.nfe.core.generate;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The document totals a generated nfeProc carries, each the exact sum over its items.
 *
 * <p>{@code vNF = vProd − vDesc − vICMSDeson + vST + vFCPST + vFrete + vSeg + vOutro + vII + vIPI + vIPIDevol}
 * (vServ is always zero: no ISSQN items). IBS, CBS and IS are taxes "por fora" and never enter vNF; NT 2025.002 puts
 * them in {@code vNFTot} instead, which is the sum of the items' {@code vItem} and is written whenever
 * {@code IBSCBSTot} is. In 2026 IBS and CBS are informative and left out of vItem, so there
 * {@code vNFTot = vNF}; from 2027 {@code vNFTot = vNF + vIBS + vCBS + vIS}.
 *
 * @param vProd {@code ICMSTot/vProd}, the sum of the items' vProd (all items have indTot=1)
 * @param vFrete {@code ICMSTot/vFrete}
 * @param vSeg {@code ICMSTot/vSeg}
 * @param vDesc {@code ICMSTot/vDesc}
 * @param vOutro {@code ICMSTot/vOutro}
 * @param vNF {@code ICMSTot/vNF}
 * @param vNFTot {@code total/vNFTot}, present on documents with IBS/CBS groups
 * @param taxes the tax totals
 */
public record ExpectedTotals(BigDecimal vProd, BigDecimal vFrete, BigDecimal vSeg, BigDecimal vDesc,
                             BigDecimal vOutro, BigDecimal vNF, Optional<BigDecimal> vNFTot, TaxTotals taxes) {
    public ExpectedTotals {
        Objects.requireNonNull(vProd, "vProd");
        Objects.requireNonNull(vFrete, "vFrete");
        Objects.requireNonNull(vSeg, "vSeg");
        Objects.requireNonNull(vDesc, "vDesc");
        Objects.requireNonNull(vOutro, "vOutro");
        Objects.requireNonNull(vNF, "vNF");
        Objects.requireNonNull(vNFTot, "vNFTot");
        Objects.requireNonNull(taxes, "taxes");
    }
}
