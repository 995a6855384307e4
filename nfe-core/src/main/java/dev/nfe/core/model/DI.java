package dev.nfe.core.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An import declaration (declaração de importação, {@code DI}).
 *
 * @param nDI {@code /NFe/infNFe/det/prod/DI/nDI}
 * @param dDI {@code /NFe/infNFe/det/prod/DI/dDI}
 * @param xLocDesemb {@code /NFe/infNFe/det/prod/DI/xLocDesemb}
 * @param ufDesemb {@code /NFe/infNFe/det/prod/DI/UFDesemb}
 * @param dDesemb {@code /NFe/infNFe/det/prod/DI/dDesemb}
 * @param tpViaTransp {@code /NFe/infNFe/det/prod/DI/tpViaTransp}
 * @param vAFRMM {@code /NFe/infNFe/det/prod/DI/vAFRMM}
 * @param tpIntermedio {@code /NFe/infNFe/det/prod/DI/tpIntermedio}
 * @param cnpj {@code /NFe/infNFe/det/prod/DI/CNPJ}
 * @param cpf {@code /NFe/infNFe/det/prod/DI/CPF}
 * @param ufTerceiro {@code /NFe/infNFe/det/prod/DI/UFTerceiro}
 * @param cExportador {@code /NFe/infNFe/det/prod/DI/cExportador}
 * @param adi {@code /NFe/infNFe/det/prod/DI/adi}
 */
public record DI(
        String nDI,
        LocalDate dDI,
        String xLocDesemb,
        String ufDesemb,
        LocalDate dDesemb,
        Optional<String> tpViaTransp,
        Optional<BigDecimal> vAFRMM,
        Optional<String> tpIntermedio,
        Optional<String> cnpj,
        Optional<String> cpf,
        Optional<String> ufTerceiro,
        String cExportador,
        List<Adi> adi) {
    public DI {
        Objects.requireNonNull(nDI, "nDI");
        Objects.requireNonNull(dDI, "dDI");
        Objects.requireNonNull(xLocDesemb, "xLocDesemb");
        Objects.requireNonNull(ufDesemb, "ufDesemb");
        Objects.requireNonNull(dDesemb, "dDesemb");
        Objects.requireNonNull(tpViaTransp, "tpViaTransp");
        Objects.requireNonNull(vAFRMM, "vAFRMM");
        Objects.requireNonNull(tpIntermedio, "tpIntermedio");
        Objects.requireNonNull(cnpj, "cnpj");
        Objects.requireNonNull(cpf, "cpf");
        Objects.requireNonNull(ufTerceiro, "ufTerceiro");
        Objects.requireNonNull(cExportador, "cExportador");
        adi = List.copyOf(adi);
    }
}
