package dev.nfe.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * IBS and CBS of an item (reforma tributária, {@code IBSCBS}); at most one of the choice groups gIBSCBS, gIBSCBSMono,
 * gTransfCred, gAjusteCompet is present, and at most one of gCredPresOper, gCredPresIBSZFM.
 *
 * @param cst {@code /NFe/infNFe/det/imposto/IBSCBS/CST}
 * @param cClassTrib {@code /NFe/infNFe/det/imposto/IBSCBS/cClassTrib}
 * @param indDoacao {@code /NFe/infNFe/det/imposto/IBSCBS/indDoacao}
 * @param gIBSCBS {@code /NFe/infNFe/det/imposto/IBSCBS/gIBSCBS}
 * @param gIBSCBSMono {@code /NFe/infNFe/det/imposto/IBSCBS/gIBSCBSMono}
 * @param gTransfCred {@code /NFe/infNFe/det/imposto/IBSCBS/gTransfCred}
 * @param gAjusteCompet {@code /NFe/infNFe/det/imposto/IBSCBS/gAjusteCompet}
 * @param gEstornoCred {@code /NFe/infNFe/det/imposto/IBSCBS/gEstornoCred}
 * @param gCredPresOper {@code /NFe/infNFe/det/imposto/IBSCBS/gCredPresOper}
 * @param gCredPresIBSZFM {@code /NFe/infNFe/det/imposto/IBSCBS/gCredPresIBSZFM}
 * @param layoutVariant not a layout field: the {@link IbsCbsLayoutVariant} the group's element names show, kept
 *     because reading an older variant fills in what it lacks (vIBS, gCredPresOper)
 */
public record IBSCBS(
        String cst,
        String cClassTrib,
        Optional<String> indDoacao,
        Optional<GIBSCBS> gIBSCBS,
        Optional<GIBSCBSMono> gIBSCBSMono,
        Optional<GTransfCred> gTransfCred,
        Optional<GAjusteCompet> gAjusteCompet,
        Optional<GEstornoCred> gEstornoCred,
        Optional<GCredPresOper> gCredPresOper,
        Optional<GCredPresIBSZFM> gCredPresIBSZFM,
        String layoutVariant) {
    public IBSCBS {
        Objects.requireNonNull(cst, "cst");
        Objects.requireNonNull(cClassTrib, "cClassTrib");
        Objects.requireNonNull(indDoacao, "indDoacao");
        Objects.requireNonNull(gIBSCBS, "gIBSCBS");
        Objects.requireNonNull(gIBSCBSMono, "gIBSCBSMono");
        Objects.requireNonNull(gTransfCred, "gTransfCred");
        Objects.requireNonNull(gAjusteCompet, "gAjusteCompet");
        Objects.requireNonNull(gEstornoCred, "gEstornoCred");
        Objects.requireNonNull(gCredPresOper, "gCredPresOper");
        Objects.requireNonNull(gCredPresIBSZFM, "gCredPresIBSZFM");
        Objects.requireNonNull(layoutVariant, "layoutVariant");
    }
}
