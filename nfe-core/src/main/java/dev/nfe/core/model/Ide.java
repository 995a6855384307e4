package dev.nfe.core.model;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Identification of the NF-e (grupo B, {@code ide}).
 *
 * @param cUF {@code /NFe/infNFe/ide/cUF}
 * @param cNF {@code /NFe/infNFe/ide/cNF}
 * @param natOp {@code /NFe/infNFe/ide/natOp}
 * @param indPag {@code /NFe/infNFe/ide/indPag}
 * @param mod {@code /NFe/infNFe/ide/mod}
 * @param serie {@code /NFe/infNFe/ide/serie}
 * @param nNF {@code /NFe/infNFe/ide/nNF}
 * @param dhEmi {@code /NFe/infNFe/ide/dhEmi}
 * @param dEmi {@code /NFe/infNFe/ide/dEmi}
 * @param dhSaiEnt {@code /NFe/infNFe/ide/dhSaiEnt}
 * @param dSaiEnt {@code /NFe/infNFe/ide/dSaiEnt}
 * @param hSaiEnt {@code /NFe/infNFe/ide/hSaiEnt}
 * @param dPrevEntrega {@code /NFe/infNFe/ide/dPrevEntrega}
 * @param tpNF {@code /NFe/infNFe/ide/tpNF}
 * @param idDest {@code /NFe/infNFe/ide/idDest}
 * @param cMunFG {@code /NFe/infNFe/ide/cMunFG}
 * @param cMunFGIBS {@code /NFe/infNFe/ide/cMunFGIBS}
 * @param tpImp {@code /NFe/infNFe/ide/tpImp}
 * @param tpEmis {@code /NFe/infNFe/ide/tpEmis}
 * @param cDV {@code /NFe/infNFe/ide/cDV}
 * @param tpAmb {@code /NFe/infNFe/ide/tpAmb}
 * @param finNFe {@code /NFe/infNFe/ide/finNFe}
 * @param tpNFDebito {@code /NFe/infNFe/ide/tpNFDebito}
 * @param tpNFCredito {@code /NFe/infNFe/ide/tpNFCredito}
 * @param indFinal {@code /NFe/infNFe/ide/indFinal}
 * @param indPres {@code /NFe/infNFe/ide/indPres}
 * @param indIntermed {@code /NFe/infNFe/ide/indIntermed}
 * @param cIndOp {@code /NFe/infNFe/ide/cIndOp}
 * @param procEmi {@code /NFe/infNFe/ide/procEmi}
 * @param verProc {@code /NFe/infNFe/ide/verProc}
 * @param dhCont {@code /NFe/infNFe/ide/dhCont}
 * @param xJust {@code /NFe/infNFe/ide/xJust}
 * @param nFref {@code /NFe/infNFe/ide/NFref}
 * @param gCompraGov {@code /NFe/infNFe/ide/gCompraGov}
 * @param gPagAntecipado {@code /NFe/infNFe/ide/gPagAntecipado}
 */
public record Ide(
        String cUF,
        String cNF,
        String natOp,
        Optional<String> indPag,
        int mod,
        int serie,
        long nNF,
        Optional<OffsetDateTime> dhEmi,
        Optional<LocalDate> dEmi,
        Optional<OffsetDateTime> dhSaiEnt,
        Optional<LocalDate> dSaiEnt,
        Optional<LocalTime> hSaiEnt,
        Optional<LocalDate> dPrevEntrega,
        String tpNF,
        Optional<String> idDest,
        String cMunFG,
        Optional<String> cMunFGIBS,
        String tpImp,
        String tpEmis,
        String cDV,
        String tpAmb,
        String finNFe,
        Optional<String> tpNFDebito,
        Optional<String> tpNFCredito,
        Optional<String> indFinal,
        Optional<String> indPres,
        Optional<String> indIntermed,
        Optional<String> cIndOp,
        String procEmi,
        String verProc,
        Optional<OffsetDateTime> dhCont,
        Optional<String> xJust,
        List<NFref> nFref,
        Optional<GCompraGov> gCompraGov,
        Optional<GPagAntecipado> gPagAntecipado) {
    public Ide {
        Objects.requireNonNull(cUF, "cUF");
        Objects.requireNonNull(cNF, "cNF");
        Objects.requireNonNull(natOp, "natOp");
        Objects.requireNonNull(indPag, "indPag");
        Objects.requireNonNull(dhEmi, "dhEmi");
        Objects.requireNonNull(dEmi, "dEmi");
        Objects.requireNonNull(dhSaiEnt, "dhSaiEnt");
        Objects.requireNonNull(dSaiEnt, "dSaiEnt");
        Objects.requireNonNull(hSaiEnt, "hSaiEnt");
        Objects.requireNonNull(dPrevEntrega, "dPrevEntrega");
        Objects.requireNonNull(tpNF, "tpNF");
        Objects.requireNonNull(idDest, "idDest");
        Objects.requireNonNull(cMunFG, "cMunFG");
        Objects.requireNonNull(cMunFGIBS, "cMunFGIBS");
        Objects.requireNonNull(tpImp, "tpImp");
        Objects.requireNonNull(tpEmis, "tpEmis");
        Objects.requireNonNull(cDV, "cDV");
        Objects.requireNonNull(tpAmb, "tpAmb");
        Objects.requireNonNull(finNFe, "finNFe");
        Objects.requireNonNull(tpNFDebito, "tpNFDebito");
        Objects.requireNonNull(tpNFCredito, "tpNFCredito");
        Objects.requireNonNull(indFinal, "indFinal");
        Objects.requireNonNull(indPres, "indPres");
        Objects.requireNonNull(indIntermed, "indIntermed");
        Objects.requireNonNull(cIndOp, "cIndOp");
        Objects.requireNonNull(procEmi, "procEmi");
        Objects.requireNonNull(verProc, "verProc");
        Objects.requireNonNull(dhCont, "dhCont");
        Objects.requireNonNull(xJust, "xJust");
        nFref = List.copyOf(nFref);
        Objects.requireNonNull(gCompraGov, "gCompraGov");
        Objects.requireNonNull(gPagAntecipado, "gPagAntecipado");
    }
}
