package dev.nfe.core.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * IBS and CBS base, rates and amounts of an item ({@code gIBSCBS}).
 *
 * @param vBC {@code /NFe/infNFe/det/imposto/IBSCBS/gIBSCBS/vBC}
 * @param gIBSUF {@code /NFe/infNFe/det/imposto/IBSCBS/gIBSCBS/gIBSUF}
 * @param gIBSMun {@code /NFe/infNFe/det/imposto/IBSCBS/gIBSCBS/gIBSMun}
 * @param vIBS {@code /NFe/infNFe/det/imposto/IBSCBS/gIBSCBS/vIBS}
 * @param gCBS {@code /NFe/infNFe/det/imposto/IBSCBS/gIBSCBS/gCBS}
 * @param gTribRegular {@code /NFe/infNFe/det/imposto/IBSCBS/gIBSCBS/gTribRegular}
 * @param gTribCompraGov {@code /NFe/infNFe/det/imposto/IBSCBS/gIBSCBS/gTribCompraGov}
 */
public record GIBSCBS(
        BigDecimal vBC,
        GIBSUF gIBSUF,
        GIBSMun gIBSMun,
        BigDecimal vIBS,
        GCBS gCBS,
        Optional<GTribRegular> gTribRegular,
        Optional<GTribCompraGov> gTribCompraGov) {
    public GIBSCBS {
        Objects.requireNonNull(vBC, "vBC");
        Objects.requireNonNull(gIBSUF, "gIBSUF");
        Objects.requireNonNull(gIBSMun, "gIBSMun");
        Objects.requireNonNull(vIBS, "vIBS");
        Objects.requireNonNull(gCBS, "gCBS");
        Objects.requireNonNull(gTribRegular, "gTribRegular");
        Objects.requireNonNull(gTribCompraGov, "gTribCompraGov");
    }
}
