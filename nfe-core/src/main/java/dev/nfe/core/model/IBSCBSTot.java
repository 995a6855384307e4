package dev.nfe.core.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * IBS and CBS totals (reforma tributária, {@code IBSCBSTot}).
 *
 * @param vBCIBSCBS {@code /NFe/infNFe/total/IBSCBSTot/vBCIBSCBS}
 * @param gIBS {@code /NFe/infNFe/total/IBSCBSTot/gIBS}
 * @param gCBS {@code /NFe/infNFe/total/IBSCBSTot/gCBS}
 * @param gMono {@code /NFe/infNFe/total/IBSCBSTot/gMono}
 * @param gEstornoCred {@code /NFe/infNFe/total/IBSCBSTot/gEstornoCred}
 */
public record IBSCBSTot(
        BigDecimal vBCIBSCBS,
        Optional<GIBS> gIBS,
        Optional<GCBS> gCBS,
        Optional<GMono> gMono,
        Optional<GEstornoCred> gEstornoCred) {
    public IBSCBSTot {
        Objects.requireNonNull(vBCIBSCBS, "vBCIBSCBS");
        Objects.requireNonNull(gIBS, "gIBS");
        Objects.requireNonNull(gCBS, "gCBS");
        Objects.requireNonNull(gMono, "gMono");
        Objects.requireNonNull(gEstornoCred, "gEstornoCred");
    }

    /**
     * IBS totals ({@code gIBS}).
     *
     * @param gIBSUF {@code /NFe/infNFe/total/IBSCBSTot/gIBS/gIBSUF}
     * @param gIBSMun {@code /NFe/infNFe/total/IBSCBSTot/gIBS/gIBSMun}
     * @param vIBS {@code /NFe/infNFe/total/IBSCBSTot/gIBS/vIBS}
     * @param vCredPres {@code /NFe/infNFe/total/IBSCBSTot/gIBS/vCredPres}
     * @param vCredPresCondSus {@code /NFe/infNFe/total/IBSCBSTot/gIBS/vCredPresCondSus}
     */
    public record GIBS(
            GIBSUF gIBSUF,
            GIBSMun gIBSMun,
            BigDecimal vIBS,
            BigDecimal vCredPres,
            BigDecimal vCredPresCondSus) {
        public GIBS {
            Objects.requireNonNull(gIBSUF, "gIBSUF");
            Objects.requireNonNull(gIBSMun, "gIBSMun");
            Objects.requireNonNull(vIBS, "vIBS");
            Objects.requireNonNull(vCredPres, "vCredPres");
            Objects.requireNonNull(vCredPresCondSus, "vCredPresCondSus");
        }
    }

    /**
     * State IBS totals ({@code gIBSUF}).
     *
     * @param vDif {@code /NFe/infNFe/total/IBSCBSTot/gIBS/gIBSUF/vDif}
     * @param vDevTrib {@code /NFe/infNFe/total/IBSCBSTot/gIBS/gIBSUF/vDevTrib}
     * @param vIBSUF {@code /NFe/infNFe/total/IBSCBSTot/gIBS/gIBSUF/vIBSUF}
     */
    public record GIBSUF(
            BigDecimal vDif,
            BigDecimal vDevTrib,
            BigDecimal vIBSUF) {
        public GIBSUF {
            Objects.requireNonNull(vDif, "vDif");
            Objects.requireNonNull(vDevTrib, "vDevTrib");
            Objects.requireNonNull(vIBSUF, "vIBSUF");
        }
    }

    /**
     * Municipal IBS totals ({@code gIBSMun}).
     *
     * @param vDif {@code /NFe/infNFe/total/IBSCBSTot/gIBS/gIBSMun/vDif}
     * @param vDevTrib {@code /NFe/infNFe/total/IBSCBSTot/gIBS/gIBSMun/vDevTrib}
     * @param vIBSMun {@code /NFe/infNFe/total/IBSCBSTot/gIBS/gIBSMun/vIBSMun}
     */
    public record GIBSMun(
            BigDecimal vDif,
            BigDecimal vDevTrib,
            BigDecimal vIBSMun) {
        public GIBSMun {
            Objects.requireNonNull(vDif, "vDif");
            Objects.requireNonNull(vDevTrib, "vDevTrib");
            Objects.requireNonNull(vIBSMun, "vIBSMun");
        }
    }

    /**
     * CBS totals ({@code gCBS}).
     *
     * @param vDif {@code /NFe/infNFe/total/IBSCBSTot/gCBS/vDif}
     * @param vDevTrib {@code /NFe/infNFe/total/IBSCBSTot/gCBS/vDevTrib}
     * @param vCBS {@code /NFe/infNFe/total/IBSCBSTot/gCBS/vCBS}
     * @param vCredPres {@code /NFe/infNFe/total/IBSCBSTot/gCBS/vCredPres}
     * @param vCredPresCondSus {@code /NFe/infNFe/total/IBSCBSTot/gCBS/vCredPresCondSus}
     */
    public record GCBS(
            BigDecimal vDif,
            BigDecimal vDevTrib,
            BigDecimal vCBS,
            BigDecimal vCredPres,
            BigDecimal vCredPresCondSus) {
        public GCBS {
            Objects.requireNonNull(vDif, "vDif");
            Objects.requireNonNull(vDevTrib, "vDevTrib");
            Objects.requireNonNull(vCBS, "vCBS");
            Objects.requireNonNull(vCredPres, "vCredPres");
            Objects.requireNonNull(vCredPresCondSus, "vCredPresCondSus");
        }
    }

    /**
     * Single-phase IBS and CBS totals ({@code gMono}).
     *
     * @param vIBSMono {@code /NFe/infNFe/total/IBSCBSTot/gMono/vIBSMono}
     * @param vCBSMono {@code /NFe/infNFe/total/IBSCBSTot/gMono/vCBSMono}
     * @param vIBSMonoReten {@code /NFe/infNFe/total/IBSCBSTot/gMono/vIBSMonoReten}
     * @param vCBSMonoReten {@code /NFe/infNFe/total/IBSCBSTot/gMono/vCBSMonoReten}
     * @param vIBSMonoRet {@code /NFe/infNFe/total/IBSCBSTot/gMono/vIBSMonoRet}
     * @param vCBSMonoRet {@code /NFe/infNFe/total/IBSCBSTot/gMono/vCBSMonoRet}
     */
    public record GMono(
            BigDecimal vIBSMono,
            BigDecimal vCBSMono,
            BigDecimal vIBSMonoReten,
            BigDecimal vCBSMonoReten,
            BigDecimal vIBSMonoRet,
            BigDecimal vCBSMonoRet) {
        public GMono {
            Objects.requireNonNull(vIBSMono, "vIBSMono");
            Objects.requireNonNull(vCBSMono, "vCBSMono");
            Objects.requireNonNull(vIBSMonoReten, "vIBSMonoReten");
            Objects.requireNonNull(vCBSMonoReten, "vCBSMonoReten");
            Objects.requireNonNull(vIBSMonoRet, "vIBSMonoRet");
            Objects.requireNonNull(vCBSMonoRet, "vCBSMonoRet");
        }
    }
}
