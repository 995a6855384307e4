package dev.nfe.core.xml;

import dev.nfe.core.model.GEstornoCred;
import dev.nfe.core.model.IBSCBSTot;
import dev.nfe.core.model.ICMSTot;
import dev.nfe.core.model.ISSQNtot;
import dev.nfe.core.model.ISTot;
import dev.nfe.core.model.RetTrib;
import dev.nfe.core.model.Total;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;

/** Reads the totals ({@code total}): ICMSTot, ISSQNtot, retTrib, ISTot and IBSCBSTot. */
final class TotalReader {

    private TotalReader() {
    }

    static Total readTotal(XmlCursor c) throws XMLStreamException {
        ICMSTot icmsTot = null;
        Optional<ISSQNtot> issqNtot = Optional.empty();
        Optional<RetTrib> retTrib = Optional.empty();
        Optional<ISTot> isTot = Optional.empty();
        Optional<IBSCBSTot> ibscbsTot = Optional.empty();
        Optional<BigDecimal> vNFTot = Optional.empty();
        while (c.nextChild()) {
            switch (c.localName()) {
                case "ICMSTot" -> icmsTot = readICMSTot(c);
                case "ISSQNtot" -> issqNtot = Optional.of(readISSQNtot(c));
                case "retTrib" -> retTrib = Optional.of(readRetTrib(c));
                case "ISTot" -> isTot = Optional.of(readISTot(c));
                case "IBSCBSTot" -> ibscbsTot = Optional.of(readIBSCBSTot(c));
                case "vNFTot" -> vNFTot = Optional.of(c.decimal());
                default -> c.skipUnknown();
            }
        }
        return new Total(c.requiredGroup(icmsTot, "ICMSTot"), issqNtot, retTrib, isTot, ibscbsTot, vNFTot);
    }

    static ICMSTot readICMSTot(XmlCursor c) throws XMLStreamException {
        BigDecimal vBC = null;
        BigDecimal vICMS = null;
        Optional<BigDecimal> vICMSDeson = Optional.empty();
        Optional<BigDecimal> vFCPUFDest = Optional.empty();
        Optional<BigDecimal> vICMSUFDest = Optional.empty();
        Optional<BigDecimal> vICMSUFRemet = Optional.empty();
        Optional<BigDecimal> vFCP = Optional.empty();
        BigDecimal vBCST = null;
        BigDecimal vST = null;
        Optional<BigDecimal> vFCPST = Optional.empty();
        Optional<BigDecimal> vFCPSTRet = Optional.empty();
        Optional<BigDecimal> qBCMono = Optional.empty();
        Optional<BigDecimal> vICMSMono = Optional.empty();
        Optional<BigDecimal> qBCMonoReten = Optional.empty();
        Optional<BigDecimal> vICMSMonoReten = Optional.empty();
        Optional<BigDecimal> qBCMonoRet = Optional.empty();
        Optional<BigDecimal> vICMSMonoRet = Optional.empty();
        BigDecimal vProd = null;
        BigDecimal vFrete = null;
        BigDecimal vSeg = null;
        BigDecimal vDesc = null;
        BigDecimal vII = null;
        BigDecimal vIPI = null;
        Optional<BigDecimal> vIPIDevol = Optional.empty();
        BigDecimal vPIS = null;
        BigDecimal vCOFINS = null;
        BigDecimal vOutro = null;
        BigDecimal vNF = null;
        Optional<BigDecimal> vTotTrib = Optional.empty();
        while (c.nextChild()) {
            switch (c.localName()) {
                case "vBC" -> vBC = c.decimal();
                case "vICMS" -> vICMS = c.decimal();
                case "vICMSDeson" -> vICMSDeson = Optional.of(c.decimal());
                case "vFCPUFDest" -> vFCPUFDest = Optional.of(c.decimal());
                case "vICMSUFDest" -> vICMSUFDest = Optional.of(c.decimal());
                case "vICMSUFRemet" -> vICMSUFRemet = Optional.of(c.decimal());
                case "vFCP" -> vFCP = Optional.of(c.decimal());
                case "vBCST" -> vBCST = c.decimal();
                case "vST" -> vST = c.decimal();
                case "vFCPST" -> vFCPST = Optional.of(c.decimal());
                case "vFCPSTRet" -> vFCPSTRet = Optional.of(c.decimal());
                case "qBCMono" -> qBCMono = Optional.of(c.decimal());
                case "vICMSMono" -> vICMSMono = Optional.of(c.decimal());
                case "qBCMonoReten" -> qBCMonoReten = Optional.of(c.decimal());
                case "vICMSMonoReten" -> vICMSMonoReten = Optional.of(c.decimal());
                case "qBCMonoRet" -> qBCMonoRet = Optional.of(c.decimal());
                case "vICMSMonoRet" -> vICMSMonoRet = Optional.of(c.decimal());
                case "vProd" -> vProd = c.decimal();
                case "vFrete" -> vFrete = c.decimal();
                case "vSeg" -> vSeg = c.decimal();
                case "vDesc" -> vDesc = c.decimal();
                case "vII" -> vII = c.decimal();
                case "vIPI" -> vIPI = c.decimal();
                case "vIPIDevol" -> vIPIDevol = Optional.of(c.decimal());
                case "vPIS" -> vPIS = c.decimal();
                case "vCOFINS" -> vCOFINS = c.decimal();
                case "vOutro" -> vOutro = c.decimal();
                case "vNF" -> vNF = c.decimal();
                case "vTotTrib" -> vTotTrib = Optional.of(c.decimal());
                default -> c.skipUnknown();
            }
        }
        return new ICMSTot(c.required(vBC, "vBC"), c.required(vICMS, "vICMS"), vICMSDeson, vFCPUFDest, vICMSUFDest,
                vICMSUFRemet, vFCP, c.required(vBCST, "vBCST"), c.required(vST, "vST"), vFCPST, vFCPSTRet, qBCMono,
                vICMSMono, qBCMonoReten, vICMSMonoReten, qBCMonoRet, vICMSMonoRet, c.required(vProd, "vProd"),
                c.required(vFrete, "vFrete"), c.required(vSeg, "vSeg"), c.required(vDesc, "vDesc"),
                c.required(vII, "vII"), c.required(vIPI, "vIPI"), vIPIDevol, c.required(vPIS, "vPIS"),
                c.required(vCOFINS, "vCOFINS"), c.required(vOutro, "vOutro"), c.required(vNF, "vNF"), vTotTrib);
    }

    static ISSQNtot readISSQNtot(XmlCursor c) throws XMLStreamException {
        Optional<BigDecimal> vServ = Optional.empty();
        Optional<BigDecimal> vBC = Optional.empty();
        Optional<BigDecimal> vISS = Optional.empty();
        Optional<BigDecimal> vPIS = Optional.empty();
        Optional<BigDecimal> vCOFINS = Optional.empty();
        Optional<LocalDate> dCompet = Optional.empty();
        Optional<BigDecimal> vDeducao = Optional.empty();
        Optional<BigDecimal> vOutro = Optional.empty();
        Optional<BigDecimal> vDescIncond = Optional.empty();
        Optional<BigDecimal> vDescCond = Optional.empty();
        Optional<BigDecimal> vISSRet = Optional.empty();
        Optional<String> cRegTrib = Optional.empty();
        while (c.nextChild()) {
            switch (c.localName()) {
                case "vServ" -> vServ = Optional.of(c.decimal());
                case "vBC" -> vBC = Optional.of(c.decimal());
                case "vISS" -> vISS = Optional.of(c.decimal());
                case "vPIS" -> vPIS = Optional.of(c.decimal());
                case "vCOFINS" -> vCOFINS = Optional.of(c.decimal());
                case "dCompet" -> dCompet = c.date();
                case "vDeducao" -> vDeducao = Optional.of(c.decimal());
                case "vOutro" -> vOutro = Optional.of(c.decimal());
                case "vDescIncond" -> vDescIncond = Optional.of(c.decimal());
                case "vDescCond" -> vDescCond = Optional.of(c.decimal());
                case "vISSRet" -> vISSRet = Optional.of(c.decimal());
                case "cRegTrib" -> cRegTrib = Optional.of(c.text());
                default -> c.skipUnknown();
            }
        }
        return new ISSQNtot(vServ, vBC, vISS, vPIS, vCOFINS, dCompet, vDeducao, vOutro, vDescIncond, vDescCond, vISSRet,
                cRegTrib);
    }

    static RetTrib readRetTrib(XmlCursor c) throws XMLStreamException {
        Optional<BigDecimal> vRetPIS = Optional.empty();
        Optional<BigDecimal> vRetCOFINS = Optional.empty();
        Optional<BigDecimal> vRetCSLL = Optional.empty();
        Optional<BigDecimal> vBCIRRF = Optional.empty();
        Optional<BigDecimal> vIRRF = Optional.empty();
        Optional<BigDecimal> vBCRetPrev = Optional.empty();
        Optional<BigDecimal> vRetPrev = Optional.empty();
        while (c.nextChild()) {
            switch (c.localName()) {
                case "vRetPIS" -> vRetPIS = Optional.of(c.decimal());
                case "vRetCOFINS" -> vRetCOFINS = Optional.of(c.decimal());
                case "vRetCSLL" -> vRetCSLL = Optional.of(c.decimal());
                case "vBCIRRF" -> vBCIRRF = Optional.of(c.decimal());
                case "vIRRF" -> vIRRF = Optional.of(c.decimal());
                case "vBCRetPrev" -> vBCRetPrev = Optional.of(c.decimal());
                case "vRetPrev" -> vRetPrev = Optional.of(c.decimal());
                default -> c.skipUnknown();
            }
        }
        return new RetTrib(vRetPIS, vRetCOFINS, vRetCSLL, vBCIRRF, vIRRF, vBCRetPrev, vRetPrev);
    }

    static ISTot readISTot(XmlCursor c) throws XMLStreamException {
        BigDecimal vIS = null;
        while (c.nextChild()) {
            switch (c.localName()) {
                case "vIS" -> vIS = c.decimal();
                default -> c.skipUnknown();
            }
        }
        return new ISTot(c.required(vIS, "vIS"));
    }

    static IBSCBSTot readIBSCBSTot(XmlCursor c) throws XMLStreamException {
        BigDecimal vBCIBSCBS = null;
        Optional<IBSCBSTot.GIBS> gIBS = Optional.empty();
        Optional<IBSCBSTot.GCBS> gCBS = Optional.empty();
        Optional<IBSCBSTot.GMono> gMono = Optional.empty();
        Optional<GEstornoCred> gEstornoCred = Optional.empty();
        while (c.nextChild()) {
            switch (c.localName()) {
                case "vBCIBSCBS" -> vBCIBSCBS = c.decimal();
                case "gIBS" -> gIBS = Optional.of(readGIBS(c));
                case "gCBS" -> gCBS = Optional.of(readGCBS(c));
                case "gMono" -> gMono = Optional.of(readGMono(c));
                case "gEstornoCred" -> gEstornoCred = Optional.of(IBSCBSReader.readGEstornoCred(c));
                default -> c.skipUnknown();
            }
        }
        return new IBSCBSTot(c.required(vBCIBSCBS, "vBCIBSCBS"), gIBS, gCBS, gMono, gEstornoCred);
    }

    static IBSCBSTot.GIBS readGIBS(XmlCursor c) throws XMLStreamException {
        IBSCBSTot.GIBSUF gIBSUF = null;
        IBSCBSTot.GIBSMun gIBSMun = null;
        BigDecimal vIBS = null;
        BigDecimal vCredPres = null;
        BigDecimal vCredPresCondSus = null;
        while (c.nextChild()) {
            switch (c.localName()) {
                case "gIBSUF" -> gIBSUF = readGIBSUF(c);
                case "gIBSMun" -> gIBSMun = readGIBSMun(c);
                case "vIBS" -> vIBS = c.decimal();
                case "vCredPres" -> vCredPres = c.decimal();
                case "vCredPresCondSus" -> vCredPresCondSus = c.decimal();
                default -> c.skipUnknown();
            }
        }
        IBSCBSTot.GIBSUF uf = c.requiredGroup(gIBSUF, "gIBSUF");
        IBSCBSTot.GIBSMun mun = c.requiredGroup(gIBSMun, "gIBSMun");
        if (vIBS == null) {
            vIBS = uf.vIBSUF().add(mun.vIBSMun());
            c.warning(NfeXmlDeserializer.DERIVED_VALUE, "vIBS", "IBSCBSTot/gIBS has no vIBS; derived as vIBSUF +"
                    + " vIBSMun = " + vIBS.toPlainString());
        }
        return new IBSCBSTot.GIBS(uf, mun, vIBS, c.required(vCredPres, "vCredPres"),
                c.required(vCredPresCondSus, "vCredPresCondSus"));
    }

    static IBSCBSTot.GIBSUF readGIBSUF(XmlCursor c) throws XMLStreamException {
        BigDecimal vDif = null;
        BigDecimal vDevTrib = null;
        BigDecimal vIBSUF = null;
        while (c.nextChild()) {
            switch (c.localName()) {
                case "vDif" -> vDif = c.decimal();
                case "vDevTrib" -> vDevTrib = c.decimal();
                case "vIBSUF" -> vIBSUF = c.decimal();
                default -> c.skipUnknown();
            }
        }
        return new IBSCBSTot.GIBSUF(c.required(vDif, "vDif"), c.required(vDevTrib, "vDevTrib"),
                c.required(vIBSUF, "vIBSUF"));
    }

    static IBSCBSTot.GIBSMun readGIBSMun(XmlCursor c) throws XMLStreamException {
        BigDecimal vDif = null;
        BigDecimal vDevTrib = null;
        BigDecimal vIBSMun = null;
        while (c.nextChild()) {
            switch (c.localName()) {
                case "vDif" -> vDif = c.decimal();
                case "vDevTrib" -> vDevTrib = c.decimal();
                case "vIBSMun" -> vIBSMun = c.decimal();
                default -> c.skipUnknown();
            }
        }
        return new IBSCBSTot.GIBSMun(c.required(vDif, "vDif"), c.required(vDevTrib, "vDevTrib"),
                c.required(vIBSMun, "vIBSMun"));
    }

    static IBSCBSTot.GCBS readGCBS(XmlCursor c) throws XMLStreamException {
        BigDecimal vDif = null;
        BigDecimal vDevTrib = null;
        BigDecimal vCBS = null;
        BigDecimal vCredPres = null;
        BigDecimal vCredPresCondSus = null;
        while (c.nextChild()) {
            switch (c.localName()) {
                case "vDif" -> vDif = c.decimal();
                case "vDevTrib" -> vDevTrib = c.decimal();
                case "vCBS" -> vCBS = c.decimal();
                case "vCredPres" -> vCredPres = c.decimal();
                case "vCredPresCondSus" -> vCredPresCondSus = c.decimal();
                default -> c.skipUnknown();
            }
        }
        return new IBSCBSTot.GCBS(c.required(vDif, "vDif"), c.required(vDevTrib, "vDevTrib"), c.required(vCBS, "vCBS"),
                c.required(vCredPres, "vCredPres"), c.required(vCredPresCondSus, "vCredPresCondSus"));
    }

    static IBSCBSTot.GMono readGMono(XmlCursor c) throws XMLStreamException {
        BigDecimal vIBSMono = null;
        BigDecimal vCBSMono = null;
        BigDecimal vIBSMonoReten = null;
        BigDecimal vCBSMonoReten = null;
        BigDecimal vIBSMonoRet = null;
        BigDecimal vCBSMonoRet = null;
        while (c.nextChild()) {
            switch (c.localName()) {
                case "vIBSMono" -> vIBSMono = c.decimal();
                case "vCBSMono" -> vCBSMono = c.decimal();
                case "vIBSMonoReten" -> vIBSMonoReten = c.decimal();
                case "vCBSMonoReten" -> vCBSMonoReten = c.decimal();
                case "vIBSMonoRet" -> vIBSMonoRet = c.decimal();
                case "vCBSMonoRet" -> vCBSMonoRet = c.decimal();
                default -> c.skipUnknown();
            }
        }
        return new IBSCBSTot.GMono(c.required(vIBSMono, "vIBSMono"), c.required(vCBSMono, "vCBSMono"),
                c.required(vIBSMonoReten, "vIBSMonoReten"), c.required(vCBSMonoReten, "vCBSMonoReten"),
                c.required(vIBSMonoRet, "vIBSMonoRet"), c.required(vCBSMonoRet, "vCBSMonoRet"));
    }
}
