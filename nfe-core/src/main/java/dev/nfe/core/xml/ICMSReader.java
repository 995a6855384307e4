package dev.nfe.core.xml;

import dev.nfe.core.model.ICMS;
import java.math.BigDecimal;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;

/** Reads the ICMS choice of an item into the one {@link ICMS} record, whichever of the ICMSxx groups it is. */
final class ICMSReader {

    private ICMSReader() {
    }

    static ICMS readGroup(XmlCursor c, String group) throws XMLStreamException {
        Optional<String> orig = Optional.empty();
        Optional<String> cst = Optional.empty();
        Optional<String> csosn = Optional.empty();
        Optional<String> modBC = Optional.empty();
        Optional<BigDecimal> pRedBC = Optional.empty();
        Optional<String> cBenefRBC = Optional.empty();
        Optional<BigDecimal> vBC = Optional.empty();
        Optional<BigDecimal> pICMS = Optional.empty();
        Optional<BigDecimal> vICMSOp = Optional.empty();
        Optional<BigDecimal> pDif = Optional.empty();
        Optional<BigDecimal> vICMSDif = Optional.empty();
        Optional<BigDecimal> vICMS = Optional.empty();
        Optional<BigDecimal> vBCFCP = Optional.empty();
        Optional<BigDecimal> pFCP = Optional.empty();
        Optional<BigDecimal> vFCP = Optional.empty();
        Optional<BigDecimal> pFCPDif = Optional.empty();
        Optional<BigDecimal> vFCPDif = Optional.empty();
        Optional<BigDecimal> vFCPEfet = Optional.empty();
        Optional<String> modBCST = Optional.empty();
        Optional<BigDecimal> pMVAST = Optional.empty();
        Optional<BigDecimal> pRedBCST = Optional.empty();
        Optional<BigDecimal> vBCST = Optional.empty();
        Optional<BigDecimal> pICMSST = Optional.empty();
        Optional<BigDecimal> vICMSST = Optional.empty();
        Optional<BigDecimal> vBCFCPST = Optional.empty();
        Optional<BigDecimal> pFCPST = Optional.empty();
        Optional<BigDecimal> vFCPST = Optional.empty();
        Optional<BigDecimal> vICMSDeson = Optional.empty();
        Optional<String> motDesICMS = Optional.empty();
        Optional<String> indDeduzDeson = Optional.empty();
        Optional<BigDecimal> vICMSSTDeson = Optional.empty();
        Optional<String> motDesICMSST = Optional.empty();
        Optional<BigDecimal> qBCMono = Optional.empty();
        Optional<BigDecimal> adRemICMS = Optional.empty();
        Optional<BigDecimal> vICMSMono = Optional.empty();
        Optional<BigDecimal> vICMSMonoOp = Optional.empty();
        Optional<BigDecimal> vICMSMonoDif = Optional.empty();
        Optional<BigDecimal> qBCMonoDif = Optional.empty();
        Optional<BigDecimal> adRemICMSDif = Optional.empty();
        Optional<BigDecimal> qBCMonoReten = Optional.empty();
        Optional<BigDecimal> adRemICMSReten = Optional.empty();
        Optional<BigDecimal> vICMSMonoReten = Optional.empty();
        Optional<BigDecimal> pRedAdRem = Optional.empty();
        Optional<String> motRedAdRem = Optional.empty();
        Optional<BigDecimal> qBCMonoRet = Optional.empty();
        Optional<BigDecimal> adRemICMSRet = Optional.empty();
        Optional<BigDecimal> vICMSMonoRet = Optional.empty();
        Optional<BigDecimal> vBCSTRet = Optional.empty();
        Optional<BigDecimal> pST = Optional.empty();
        Optional<BigDecimal> vICMSSubstituto = Optional.empty();
        Optional<BigDecimal> vICMSSTRet = Optional.empty();
        Optional<BigDecimal> vBCFCPSTRet = Optional.empty();
        Optional<BigDecimal> pFCPSTRet = Optional.empty();
        Optional<BigDecimal> vFCPSTRet = Optional.empty();
        Optional<BigDecimal> pRedBCEfet = Optional.empty();
        Optional<BigDecimal> vBCEfet = Optional.empty();
        Optional<BigDecimal> pICMSEfet = Optional.empty();
        Optional<BigDecimal> vICMSEfet = Optional.empty();
        Optional<BigDecimal> vBCSTDest = Optional.empty();
        Optional<BigDecimal> vICMSSTDest = Optional.empty();
        Optional<BigDecimal> pBCOp = Optional.empty();
        Optional<String> ufst = Optional.empty();
        Optional<BigDecimal> pCredSN = Optional.empty();
        Optional<BigDecimal> vCredICMSSN = Optional.empty();
        while (c.nextChild()) {
            switch (c.localName()) {
                case "orig" -> orig = Optional.of(c.text());
                case "CST" -> cst = Optional.of(c.text());
                case "CSOSN" -> csosn = Optional.of(c.text());
                case "modBC" -> modBC = Optional.of(c.text());
                case "pRedBC" -> pRedBC = Optional.of(c.decimal());
                case "cBenefRBC" -> cBenefRBC = Optional.of(c.text());
                case "vBC" -> vBC = Optional.of(c.decimal());
                case "pICMS" -> pICMS = Optional.of(c.decimal());
                case "vICMSOp" -> vICMSOp = Optional.of(c.decimal());
                case "pDif" -> pDif = Optional.of(c.decimal());
                case "vICMSDif" -> vICMSDif = Optional.of(c.decimal());
                case "vICMS" -> vICMS = Optional.of(c.decimal());
                case "vBCFCP" -> vBCFCP = Optional.of(c.decimal());
                case "pFCP" -> pFCP = Optional.of(c.decimal());
                case "vFCP" -> vFCP = Optional.of(c.decimal());
                case "pFCPDif" -> pFCPDif = Optional.of(c.decimal());
                case "vFCPDif" -> vFCPDif = Optional.of(c.decimal());
                case "vFCPEfet" -> vFCPEfet = Optional.of(c.decimal());
                case "modBCST" -> modBCST = Optional.of(c.text());
                case "pMVAST" -> pMVAST = Optional.of(c.decimal());
                case "pRedBCST" -> pRedBCST = Optional.of(c.decimal());
                case "vBCST" -> vBCST = Optional.of(c.decimal());
                case "pICMSST" -> pICMSST = Optional.of(c.decimal());
                case "vICMSST" -> vICMSST = Optional.of(c.decimal());
                case "vBCFCPST" -> vBCFCPST = Optional.of(c.decimal());
                case "pFCPST" -> pFCPST = Optional.of(c.decimal());
                case "vFCPST" -> vFCPST = Optional.of(c.decimal());
                case "vICMSDeson" -> vICMSDeson = Optional.of(c.decimal());
                case "motDesICMS" -> motDesICMS = Optional.of(c.text());
                case "indDeduzDeson" -> indDeduzDeson = Optional.of(c.text());
                case "vICMSSTDeson" -> vICMSSTDeson = Optional.of(c.decimal());
                case "motDesICMSST" -> motDesICMSST = Optional.of(c.text());
                case "qBCMono" -> qBCMono = Optional.of(c.decimal());
                case "adRemICMS" -> adRemICMS = Optional.of(c.decimal());
                case "vICMSMono" -> vICMSMono = Optional.of(c.decimal());
                case "vICMSMonoOp" -> vICMSMonoOp = Optional.of(c.decimal());
                case "vICMSMonoDif" -> vICMSMonoDif = Optional.of(c.decimal());
                case "qBCMonoDif" -> qBCMonoDif = Optional.of(c.decimal());
                case "adRemICMSDif" -> adRemICMSDif = Optional.of(c.decimal());
                case "qBCMonoReten" -> qBCMonoReten = Optional.of(c.decimal());
                case "adRemICMSReten" -> adRemICMSReten = Optional.of(c.decimal());
                case "vICMSMonoReten" -> vICMSMonoReten = Optional.of(c.decimal());
                case "pRedAdRem" -> pRedAdRem = Optional.of(c.decimal());
                case "motRedAdRem" -> motRedAdRem = Optional.of(c.text());
                case "qBCMonoRet" -> qBCMonoRet = Optional.of(c.decimal());
                case "adRemICMSRet" -> adRemICMSRet = Optional.of(c.decimal());
                case "vICMSMonoRet" -> vICMSMonoRet = Optional.of(c.decimal());
                case "vBCSTRet" -> vBCSTRet = Optional.of(c.decimal());
                case "pST" -> pST = Optional.of(c.decimal());
                case "vICMSSubstituto" -> vICMSSubstituto = Optional.of(c.decimal());
                case "vICMSSTRet" -> vICMSSTRet = Optional.of(c.decimal());
                case "vBCFCPSTRet" -> vBCFCPSTRet = Optional.of(c.decimal());
                case "pFCPSTRet" -> pFCPSTRet = Optional.of(c.decimal());
                case "vFCPSTRet" -> vFCPSTRet = Optional.of(c.decimal());
                case "pRedBCEfet" -> pRedBCEfet = Optional.of(c.decimal());
                case "vBCEfet" -> vBCEfet = Optional.of(c.decimal());
                case "pICMSEfet" -> pICMSEfet = Optional.of(c.decimal());
                case "vICMSEfet" -> vICMSEfet = Optional.of(c.decimal());
                case "vBCSTDest" -> vBCSTDest = Optional.of(c.decimal());
                case "vICMSSTDest" -> vICMSSTDest = Optional.of(c.decimal());
                case "pBCOp" -> pBCOp = Optional.of(c.decimal());
                case "UFST" -> ufst = Optional.of(c.text());
                case "pCredSN" -> pCredSN = Optional.of(c.decimal());
                case "vCredICMSSN" -> vCredICMSSN = Optional.of(c.decimal());
                default -> c.skipUnknown();
            }
        }
        return new ICMS(group, orig, cst, csosn, modBC, pRedBC, cBenefRBC, vBC, pICMS, vICMSOp, pDif, vICMSDif, vICMS,
                vBCFCP, pFCP, vFCP, pFCPDif, vFCPDif, vFCPEfet, modBCST, pMVAST, pRedBCST, vBCST, pICMSST, vICMSST,
                vBCFCPST, pFCPST, vFCPST, vICMSDeson, motDesICMS, indDeduzDeson, vICMSSTDeson, motDesICMSST, qBCMono,
                adRemICMS, vICMSMono, vICMSMonoOp, vICMSMonoDif, qBCMonoDif, adRemICMSDif, qBCMonoReten, adRemICMSReten,
                vICMSMonoReten, pRedAdRem, motRedAdRem, qBCMonoRet, adRemICMSRet, vICMSMonoRet, vBCSTRet, pST,
                vICMSSubstituto, vICMSSTRet, vBCFCPSTRet, pFCPSTRet, vFCPSTRet, pRedBCEfet, vBCEfet, pICMSEfet,
                vICMSEfet, vBCSTDest, vICMSSTDest, pBCOp, ufst, pCredSN, vCredICMSSN);
    }

    /** Reads the {@code ICMS} element: exactly one ICMSxx group, whose tag becomes {@link ICMS#group()}. */
    static ICMS read(XmlCursor c) throws XMLStreamException {
        ICMS icms = null;
        while (c.nextChild()) {
            switch (c.localName()) {
                case "ICMS00", "ICMS02", "ICMS10", "ICMS15", "ICMS20", "ICMS30", "ICMS40", "ICMS51", "ICMS53", "ICMS60",
                        "ICMS61", "ICMS70", "ICMS90", "ICMSPart", "ICMSST", "ICMSSN101", "ICMSSN102", "ICMSSN201",
                        "ICMSSN202", "ICMSSN500", "ICMSSN900" -> icms = readGroup(c, c.localName());
                default -> c.skipUnknown();
            }
        }
        return c.requiredGroup(icms, "ICMS00");
    }
}
