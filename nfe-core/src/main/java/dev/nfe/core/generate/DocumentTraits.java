package dev.nfe.core.generate;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * Document-wide decisions that shape every item: who sells to whom and where, which tax regime applies, whether the
 * 2026 reform groups are written and whether freight is charged per item.
 *
 * @param interstate idDest=2
 * @param finalConsumer indFinal=1
 * @param difal interstate sale to a non-contributor by a normal-regime emitter: items carry ICMSUFDest
 * @param reform items carry IBSCBS (and IS from 2027) and the total carries IBSCBSTot and vNFTot
 * @param pPIS the PIS rate of the emitter's regime (1.65 non-cumulative, 0.65 cumulative)
 * @param pCOFINS the matching COFINS rate (7.60 or 3.00)
 * @param freightRate percentage of vProd charged as item vFrete, if the emitter charges freight
 */
record DocumentTraits(DocumentModel model, Emitter emitter, Municipality destination, boolean interstate,
                      boolean finalConsumer, boolean difal, boolean reform, int year, BigDecimal pPIS,
                      BigDecimal pCOFINS, Optional<BigDecimal> freightRate) {
    DocumentTraits {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(emitter, "emitter");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(pPIS, "pPIS");
        Objects.requireNonNull(pCOFINS, "pCOFINS");
        Objects.requireNonNull(freightRate, "freightRate");
    }

    boolean isNfce() {
        return model == DocumentModel.NFCE;
    }

    Municipality origin() {
        return emitter.municipality();
    }

    /** The ICMS rate of the operation itself: internal, or interstate (4% for imported goods). */
    BigDecimal operationRate(String orig) {
        if (!interstate) {
            return origin().internalRate();
        }
        return isImported(orig) ? new BigDecimal("4.00") : origin().interstateRate(destination);
    }

    /** The destination's internal rate, used for ICMS-ST and DIFAL. */
    BigDecimal destinationRate() {
        return destination.internalRate();
    }

    static boolean isImported(String orig) {
        return orig.equals("1") || orig.equals("2") || orig.equals("3") || orig.equals("8");
    }
}
