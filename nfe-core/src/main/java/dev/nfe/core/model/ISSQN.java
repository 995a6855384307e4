package dev.nfe.core.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The municipal service tax of an item ({@code ISSQN}); {@code cSitTrib} is layout 2.00 only.
 *
 * @param vBC {@code /NFe/infNFe/det/imposto/ISSQN/vBC}
 * @param vAliq {@code /NFe/infNFe/det/imposto/ISSQN/vAliq}
 * @param vISSQN {@code /NFe/infNFe/det/imposto/ISSQN/vISSQN}
 * @param cMunFG {@code /NFe/infNFe/det/imposto/ISSQN/cMunFG}
 * @param cListServ {@code /NFe/infNFe/det/imposto/ISSQN/cListServ}
 * @param cSitTrib {@code /NFe/infNFe/det/imposto/ISSQN/cSitTrib}
 * @param vDeducao {@code /NFe/infNFe/det/imposto/ISSQN/vDeducao}
 * @param vOutro {@code /NFe/infNFe/det/imposto/ISSQN/vOutro}
 * @param vDescIncond {@code /NFe/infNFe/det/imposto/ISSQN/vDescIncond}
 * @param vDescCond {@code /NFe/infNFe/det/imposto/ISSQN/vDescCond}
 * @param vISSRet {@code /NFe/infNFe/det/imposto/ISSQN/vISSRet}
 * @param indISS {@code /NFe/infNFe/det/imposto/ISSQN/indISS}
 * @param cServico {@code /NFe/infNFe/det/imposto/ISSQN/cServico}
 * @param cMun {@code /NFe/infNFe/det/imposto/ISSQN/cMun}
 * @param cPais {@code /NFe/infNFe/det/imposto/ISSQN/cPais}
 * @param nProcesso {@code /NFe/infNFe/det/imposto/ISSQN/nProcesso}
 * @param indIncentivo {@code /NFe/infNFe/det/imposto/ISSQN/indIncentivo}
 */
public record ISSQN(
        BigDecimal vBC,
        BigDecimal vAliq,
        BigDecimal vISSQN,
        String cMunFG,
        String cListServ,
        Optional<String> cSitTrib,
        Optional<BigDecimal> vDeducao,
        Optional<BigDecimal> vOutro,
        Optional<BigDecimal> vDescIncond,
        Optional<BigDecimal> vDescCond,
        Optional<BigDecimal> vISSRet,
        Optional<String> indISS,
        Optional<String> cServico,
        Optional<String> cMun,
        Optional<String> cPais,
        Optional<String> nProcesso,
        Optional<String> indIncentivo) {
    public ISSQN {
        Objects.requireNonNull(vBC, "vBC");
        Objects.requireNonNull(vAliq, "vAliq");
        Objects.requireNonNull(vISSQN, "vISSQN");
        Objects.requireNonNull(cMunFG, "cMunFG");
        Objects.requireNonNull(cListServ, "cListServ");
        Objects.requireNonNull(cSitTrib, "cSitTrib");
        Objects.requireNonNull(vDeducao, "vDeducao");
        Objects.requireNonNull(vOutro, "vOutro");
        Objects.requireNonNull(vDescIncond, "vDescIncond");
        Objects.requireNonNull(vDescCond, "vDescCond");
        Objects.requireNonNull(vISSRet, "vISSRet");
        Objects.requireNonNull(indISS, "indISS");
        Objects.requireNonNull(cServico, "cServico");
        Objects.requireNonNull(cMun, "cMun");
        Objects.requireNonNull(cPais, "cPais");
        Objects.requireNonNull(nProcesso, "nProcesso");
        Objects.requireNonNull(indIncentivo, "indIncentivo");
    }
}
