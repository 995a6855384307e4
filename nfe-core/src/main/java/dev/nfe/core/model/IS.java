package dev.nfe.core.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The selective tax of an item (imposto seletivo, reforma tributária, {@code IS}).
 *
 * @param cstis {@code /NFe/infNFe/det/imposto/IS/CSTIS}
 * @param cClassTribIS {@code /NFe/infNFe/det/imposto/IS/cClassTribIS}
 * @param vBCIS {@code /NFe/infNFe/det/imposto/IS/vBCIS}
 * @param pIS {@code /NFe/infNFe/det/imposto/IS/pIS}
 * @param adRemIS {@code /NFe/infNFe/det/imposto/IS/adRemIS}
 * @param uTrib {@code /NFe/infNFe/det/imposto/IS/uTrib}
 * @param qTrib {@code /NFe/infNFe/det/imposto/IS/qTrib}
 * @param vIS {@code /NFe/infNFe/det/imposto/IS/vIS}
 */
public record IS(
        String cstis,
        String cClassTribIS,
        Optional<BigDecimal> vBCIS,
        Optional<BigDecimal> pIS,
        Optional<BigDecimal> adRemIS,
        Optional<String> uTrib,
        Optional<BigDecimal> qTrib,
        Optional<BigDecimal> vIS) {
    public IS {
        Objects.requireNonNull(cstis, "cstis");
        Objects.requireNonNull(cClassTribIS, "cClassTribIS");
        Objects.requireNonNull(vBCIS, "vBCIS");
        Objects.requireNonNull(pIS, "pIS");
        Objects.requireNonNull(adRemIS, "adRemIS");
        Objects.requireNonNull(uTrib, "uTrib");
        Objects.requireNonNull(qTrib, "qTrib");
        Objects.requireNonNull(vIS, "vIS");
    }
}
