package dev.nfe.core.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Service (ISSQN) totals ({@code ISSQNtot}).
 *
 * @param vServ {@code /NFe/infNFe/total/ISSQNtot/vServ}
 * @param vBC {@code /NFe/infNFe/total/ISSQNtot/vBC}
 * @param vISS {@code /NFe/infNFe/total/ISSQNtot/vISS}
 * @param vPIS {@code /NFe/infNFe/total/ISSQNtot/vPIS}
 * @param vCOFINS {@code /NFe/infNFe/total/ISSQNtot/vCOFINS}
 * @param dCompet {@code /NFe/infNFe/total/ISSQNtot/dCompet}
 * @param vDeducao {@code /NFe/infNFe/total/ISSQNtot/vDeducao}
 * @param vOutro {@code /NFe/infNFe/total/ISSQNtot/vOutro}
 * @param vDescIncond {@code /NFe/infNFe/total/ISSQNtot/vDescIncond}
 * @param vDescCond {@code /NFe/infNFe/total/ISSQNtot/vDescCond}
 * @param vISSRet {@code /NFe/infNFe/total/ISSQNtot/vISSRet}
 * @param cRegTrib {@code /NFe/infNFe/total/ISSQNtot/cRegTrib}
 */
public record ISSQNtot(
        Optional<BigDecimal> vServ,
        Optional<BigDecimal> vBC,
        Optional<BigDecimal> vISS,
        Optional<BigDecimal> vPIS,
        Optional<BigDecimal> vCOFINS,
        Optional<LocalDate> dCompet,
        Optional<BigDecimal> vDeducao,
        Optional<BigDecimal> vOutro,
        Optional<BigDecimal> vDescIncond,
        Optional<BigDecimal> vDescCond,
        Optional<BigDecimal> vISSRet,
        Optional<String> cRegTrib) {
    public ISSQNtot {
        Objects.requireNonNull(vServ, "vServ");
        Objects.requireNonNull(vBC, "vBC");
        Objects.requireNonNull(vISS, "vISS");
        Objects.requireNonNull(vPIS, "vPIS");
        Objects.requireNonNull(vCOFINS, "vCOFINS");
        Objects.requireNonNull(dCompet, "dCompet");
        Objects.requireNonNull(vDeducao, "vDeducao");
        Objects.requireNonNull(vOutro, "vOutro");
        Objects.requireNonNull(vDescIncond, "vDescIncond");
        Objects.requireNonNull(vDescCond, "vDescCond");
        Objects.requireNonNull(vISSRet, "vISSRet");
        Objects.requireNonNull(cRegTrib, "cRegTrib");
    }
}
