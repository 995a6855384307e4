package dev.nfe.core.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The tax office issuing a nota avulsa ({@code avulsa}).
 *
 * @param cnpj {@code /NFe/infNFe/avulsa/CNPJ}
 * @param xOrgao {@code /NFe/infNFe/avulsa/xOrgao}
 * @param matr {@code /NFe/infNFe/avulsa/matr}
 * @param xAgente {@code /NFe/infNFe/avulsa/xAgente}
 * @param fone {@code /NFe/infNFe/avulsa/fone}
 * @param uf {@code /NFe/infNFe/avulsa/UF}
 * @param nDAR {@code /NFe/infNFe/avulsa/nDAR}
 * @param dEmi {@code /NFe/infNFe/avulsa/dEmi}
 * @param vDAR {@code /NFe/infNFe/avulsa/vDAR}
 * @param repEmi {@code /NFe/infNFe/avulsa/repEmi}
 * @param dPag {@code /NFe/infNFe/avulsa/dPag}
 */
public record Avulsa(
        String cnpj,
        String xOrgao,
        String matr,
        String xAgente,
        Optional<String> fone,
        String uf,
        Optional<String> nDAR,
        Optional<LocalDate> dEmi,
        Optional<BigDecimal> vDAR,
        String repEmi,
        Optional<LocalDate> dPag) {
    public Avulsa {
        Objects.requireNonNull(cnpj, "cnpj");
        Objects.requireNonNull(xOrgao, "xOrgao");
        Objects.requireNonNull(matr, "matr");
        Objects.requireNonNull(xAgente, "xAgente");
        Objects.requireNonNull(fone, "fone");
        Objects.requireNonNull(uf, "uf");
        Objects.requireNonNull(nDAR, "nDAR");
        Objects.requireNonNull(dEmi, "dEmi");
        Objects.requireNonNull(vDAR, "vDAR");
        Objects.requireNonNull(repEmi, "repEmi");
        Objects.requireNonNull(dPag, "dPag");
    }
}
