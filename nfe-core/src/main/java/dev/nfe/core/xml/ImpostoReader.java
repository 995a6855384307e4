package dev.nfe.core.xml;

import dev.nfe.core.model.COFINS;
import dev.nfe.core.model.COFINSST;
import dev.nfe.core.model.IBSCBS;
import dev.nfe.core.model.ICMS;
import dev.nfe.core.model.ICMSUFDest;
import dev.nfe.core.model.II;
import dev.nfe.core.model.IPI;
import dev.nfe.core.model.IS;
import dev.nfe.core.model.ISSQN;
import dev.nfe.core.model.Imposto;
import dev.nfe.core.model.PIS;
import dev.nfe.core.model.PISST;
import java.math.BigDecimal;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;

/** Reads the tax group ({@code imposto}) of an item and its IPI, II, ISSQN, PIS, COFINS, DIFAL and IS groups. */
final class ImpostoReader {

    private ImpostoReader() {
    }

    static Imposto readImposto(XmlCursor c) throws XMLStreamException {
        Optional<BigDecimal> vTotTrib = Optional.empty();
        Optional<ICMS> icms = Optional.empty();
        Optional<IPI> ipi = Optional.empty();
        Optional<II> ii = Optional.empty();
        Optional<ISSQN> issqn = Optional.empty();
        Optional<PIS> pis = Optional.empty();
        Optional<PISST> pisst = Optional.empty();
        Optional<COFINS> cofins = Optional.empty();
        Optional<COFINSST> cofinsst = Optional.empty();
        Optional<ICMSUFDest> icmsufDest = Optional.empty();
        Optional<IS> is = Optional.empty();
        Optional<IBSCBS> ibscbs = Optional.empty();
        while (c.nextChild()) {
            switch (c.localName()) {
                case "vTotTrib" -> vTotTrib = Optional.of(c.decimal());
                case "ICMS" -> icms = Optional.of(ICMSReader.read(c));
                case "IPI" -> ipi = Optional.of(readIPI(c));
                case "II" -> ii = Optional.of(readII(c));
                case "ISSQN" -> issqn = Optional.of(readISSQN(c));
                case "PIS" -> pis = Optional.of(readPIS(c));
                case "PISST" -> pisst = Optional.of(readPISST(c));
                case "COFINS" -> cofins = Optional.of(readCOFINS(c));
                case "COFINSST" -> cofinsst = Optional.of(readCOFINSST(c));
                case "ICMSUFDest" -> icmsufDest = Optional.of(readICMSUFDest(c));
                case "IS" -> is = Optional.of(readIS(c));
                case "IBSCBS" -> ibscbs = Optional.of(IBSCBSReader.readIBSCBS(c));
                default -> c.skipUnknown();
            }
        }
        return new Imposto(vTotTrib, icms, ipi, ii, issqn, pis, pisst, cofins, cofinsst, icmsufDest, is, ibscbs);
    }

    static ICMSUFDest readICMSUFDest(XmlCursor c) throws XMLStreamException {
        BigDecimal vBCUFDest = null;
        Optional<BigDecimal> vBCFCPUFDest = Optional.empty();
        Optional<BigDecimal> pFCPUFDest = Optional.empty();
        BigDecimal pICMSUFDest = null;
        BigDecimal pICMSInter = null;
        BigDecimal pICMSInterPart = null;
        Optional<BigDecimal> vFCPUFDest = Optional.empty();
        BigDecimal vICMSUFDest = null;
        BigDecimal vICMSUFRemet = null;
        while (c.nextChild()) {
            switch (c.localName()) {
                case "vBCUFDest" -> vBCUFDest = c.decimal();
                case "vBCFCPUFDest" -> vBCFCPUFDest = Optional.of(c.decimal());
                case "pFCPUFDest" -> pFCPUFDest = Optional.of(c.decimal());
                case "pICMSUFDest" -> pICMSUFDest = c.decimal();
                case "pICMSInter" -> pICMSInter = c.decimal();
                case "pICMSInterPart" -> pICMSInterPart = c.decimal();
                case "vFCPUFDest" -> vFCPUFDest = Optional.of(c.decimal());
                case "vICMSUFDest" -> vICMSUFDest = c.decimal();
                case "vICMSUFRemet" -> vICMSUFRemet = c.decimal();
                default -> c.skipUnknown();
            }
        }
        return new ICMSUFDest(c.required(vBCUFDest, "vBCUFDest"), vBCFCPUFDest, pFCPUFDest,
                c.required(pICMSUFDest, "pICMSUFDest"), c.required(pICMSInter, "pICMSInter"),
                c.required(pICMSInterPart, "pICMSInterPart"), vFCPUFDest, c.required(vICMSUFDest, "vICMSUFDest"),
                c.required(vICMSUFRemet, "vICMSUFRemet"));
    }

    static II readII(XmlCursor c) throws XMLStreamException {
        BigDecimal vBC = null;
        BigDecimal vDespAdu = null;
        BigDecimal vII = null;
        BigDecimal vIOF = null;
        while (c.nextChild()) {
            switch (c.localName()) {
                case "vBC" -> vBC = c.decimal();
                case "vDespAdu" -> vDespAdu = c.decimal();
                case "vII" -> vII = c.decimal();
                case "vIOF" -> vIOF = c.decimal();
                default -> c.skipUnknown();
            }
        }
        return new II(c.required(vBC, "vBC"), c.required(vDespAdu, "vDespAdu"), c.required(vII, "vII"),
                c.required(vIOF, "vIOF"));
    }

    static ISSQN readISSQN(XmlCursor c) throws XMLStreamException {
        BigDecimal vBC = null;
        BigDecimal vAliq = null;
        BigDecimal vISSQN = null;
        String cMunFG = null;
        String cListServ = null;
        Optional<String> cSitTrib = Optional.empty();
        Optional<BigDecimal> vDeducao = Optional.empty();
        Optional<BigDecimal> vOutro = Optional.empty();
        Optional<BigDecimal> vDescIncond = Optional.empty();
        Optional<BigDecimal> vDescCond = Optional.empty();
        Optional<BigDecimal> vISSRet = Optional.empty();
        Optional<String> indISS = Optional.empty();
        Optional<String> cServico = Optional.empty();
        Optional<String> cMun = Optional.empty();
        Optional<String> cPais = Optional.empty();
        Optional<String> nProcesso = Optional.empty();
        Optional<String> indIncentivo = Optional.empty();
        while (c.nextChild()) {
            switch (c.localName()) {
                case "vBC" -> vBC = c.decimal();
                case "vAliq" -> vAliq = c.decimal();
                case "vISSQN" -> vISSQN = c.decimal();
                case "cMunFG" -> cMunFG = c.text();
                case "cListServ" -> cListServ = c.text();
                case "cSitTrib" -> cSitTrib = Optional.of(c.text());
                case "vDeducao" -> vDeducao = Optional.of(c.decimal());
                case "vOutro" -> vOutro = Optional.of(c.decimal());
                case "vDescIncond" -> vDescIncond = Optional.of(c.decimal());
                case "vDescCond" -> vDescCond = Optional.of(c.decimal());
                case "vISSRet" -> vISSRet = Optional.of(c.decimal());
                case "indISS" -> indISS = Optional.of(c.text());
                case "cServico" -> cServico = Optional.of(c.text());
                case "cMun" -> cMun = Optional.of(c.text());
                case "cPais" -> cPais = Optional.of(c.text());
                case "nProcesso" -> nProcesso = Optional.of(c.text());
                case "indIncentivo" -> indIncentivo = Optional.of(c.text());
                default -> c.skipUnknown();
            }
        }
        return new ISSQN(c.required(vBC, "vBC"), c.required(vAliq, "vAliq"), c.required(vISSQN, "vISSQN"),
                c.required(cMunFG, "cMunFG"), c.required(cListServ, "cListServ"), cSitTrib, vDeducao, vOutro,
                vDescIncond, vDescCond, vISSRet, indISS, cServico, cMun, cPais, nProcesso, indIncentivo);
    }

    static PIS readPISGroup(XmlCursor c, String group) throws XMLStreamException {
        String cst = null;
        Optional<BigDecimal> vBC = Optional.empty();
        Optional<BigDecimal> pPIS = Optional.empty();
        Optional<BigDecimal> qBCProd = Optional.empty();
        Optional<BigDecimal> vAliqProd = Optional.empty();
        Optional<BigDecimal> vPIS = Optional.empty();
        while (c.nextChild()) {
            switch (c.localName()) {
                case "CST" -> cst = c.text();
                case "vBC" -> vBC = Optional.of(c.decimal());
                case "pPIS" -> pPIS = Optional.of(c.decimal());
                case "qBCProd" -> qBCProd = Optional.of(c.decimal());
                case "vAliqProd" -> vAliqProd = Optional.of(c.decimal());
                case "vPIS" -> vPIS = Optional.of(c.decimal());
                default -> c.skipUnknown();
            }
        }
        return new PIS(group, c.required(cst, "CST"), vBC, pPIS, qBCProd, vAliqProd, vPIS);
    }

    static PISST readPISST(XmlCursor c) throws XMLStreamException {
        Optional<BigDecimal> vBC = Optional.empty();
        Optional<BigDecimal> pPIS = Optional.empty();
        Optional<BigDecimal> qBCProd = Optional.empty();
        Optional<BigDecimal> vAliqProd = Optional.empty();
        BigDecimal vPIS = null;
        Optional<String> indSomaPISST = Optional.empty();
        while (c.nextChild()) {
            switch (c.localName()) {
                case "vBC" -> vBC = Optional.of(c.decimal());
                case "pPIS" -> pPIS = Optional.of(c.decimal());
                case "qBCProd" -> qBCProd = Optional.of(c.decimal());
                case "vAliqProd" -> vAliqProd = Optional.of(c.decimal());
                case "vPIS" -> vPIS = c.decimal();
                case "indSomaPISST" -> indSomaPISST = Optional.of(c.text());
                default -> c.skipUnknown();
            }
        }
        return new PISST(vBC, pPIS, qBCProd, vAliqProd, c.required(vPIS, "vPIS"), indSomaPISST);
    }

    static COFINS readCOFINSGroup(XmlCursor c, String group) throws XMLStreamException {
        String cst = null;
        Optional<BigDecimal> vBC = Optional.empty();
        Optional<BigDecimal> pCOFINS = Optional.empty();
        Optional<BigDecimal> qBCProd = Optional.empty();
        Optional<BigDecimal> vAliqProd = Optional.empty();
        Optional<BigDecimal> vCOFINS = Optional.empty();
        while (c.nextChild()) {
            switch (c.localName()) {
                case "CST" -> cst = c.text();
                case "vBC" -> vBC = Optional.of(c.decimal());
                case "pCOFINS" -> pCOFINS = Optional.of(c.decimal());
                case "qBCProd" -> qBCProd = Optional.of(c.decimal());
                case "vAliqProd" -> vAliqProd = Optional.of(c.decimal());
                case "vCOFINS" -> vCOFINS = Optional.of(c.decimal());
                default -> c.skipUnknown();
            }
        }
        return new COFINS(group, c.required(cst, "CST"), vBC, pCOFINS, qBCProd, vAliqProd, vCOFINS);
    }

    static COFINSST readCOFINSST(XmlCursor c) throws XMLStreamException {
        Optional<BigDecimal> vBC = Optional.empty();
        Optional<BigDecimal> pCOFINS = Optional.empty();
        Optional<BigDecimal> qBCProd = Optional.empty();
        Optional<BigDecimal> vAliqProd = Optional.empty();
        BigDecimal vCOFINS = null;
        Optional<String> indSomaCOFINSST = Optional.empty();
        while (c.nextChild()) {
            switch (c.localName()) {
                case "vBC" -> vBC = Optional.of(c.decimal());
                case "pCOFINS" -> pCOFINS = Optional.of(c.decimal());
                case "qBCProd" -> qBCProd = Optional.of(c.decimal());
                case "vAliqProd" -> vAliqProd = Optional.of(c.decimal());
                case "vCOFINS" -> vCOFINS = c.decimal();
                case "indSomaCOFINSST" -> indSomaCOFINSST = Optional.of(c.text());
                default -> c.skipUnknown();
            }
        }
        return new COFINSST(vBC, pCOFINS, qBCProd, vAliqProd, c.required(vCOFINS, "vCOFINS"), indSomaCOFINSST);
    }

    static IS readIS(XmlCursor c) throws XMLStreamException {
        String cstis = null;
        String cClassTribIS = null;
        Optional<BigDecimal> vBCIS = Optional.empty();
        Optional<BigDecimal> pIS = Optional.empty();
        Optional<BigDecimal> adRemIS = Optional.empty();
        Optional<String> uTrib = Optional.empty();
        Optional<BigDecimal> qTrib = Optional.empty();
        Optional<BigDecimal> vIS = Optional.empty();
        while (c.nextChild()) {
            switch (c.localName()) {
                case "CSTIS" -> cstis = c.text();
                case "cClassTribIS" -> cClassTribIS = c.text();
                case "vBCIS" -> vBCIS = Optional.of(c.decimal());
                case "pIS" -> pIS = Optional.of(c.decimal());
                case "adRemIS" -> adRemIS = Optional.of(c.decimal());
                case "uTrib" -> uTrib = Optional.of(c.text());
                case "qTrib" -> qTrib = Optional.of(c.decimal());
                case "vIS" -> vIS = Optional.of(c.decimal());
                default -> c.skipUnknown();
            }
        }
        return new IS(c.required(cstis, "CSTIS"), c.required(cClassTribIS, "cClassTribIS"), vBCIS, pIS, adRemIS, uTrib,
                qTrib, vIS);
    }

    /** Reads {@code IPI}: its common fields and the IPITrib or IPINT choice, whose name becomes the group. */
    static IPI readIPI(XmlCursor c) throws XMLStreamException {
        Optional<String> clEnq = Optional.empty();
        Optional<String> cnpjProd = Optional.empty();
        Optional<String> cSelo = Optional.empty();
        Optional<String> qSelo = Optional.empty();
        String cEnq = null;
        String group = null;
        String cst = null;
        Optional<BigDecimal> vBC = Optional.empty();
        Optional<BigDecimal> pIPI = Optional.empty();
        Optional<BigDecimal> qUnid = Optional.empty();
        Optional<BigDecimal> vUnid = Optional.empty();
        Optional<BigDecimal> vIPI = Optional.empty();
        while (c.nextChild()) {
            switch (c.localName()) {
                case "clEnq" -> clEnq = Optional.of(c.text());
                case "CNPJProd" -> cnpjProd = Optional.of(c.text());
                case "cSelo" -> cSelo = Optional.of(c.text());
                case "qSelo" -> qSelo = Optional.of(c.text());
                case "cEnq" -> cEnq = c.text();
                case "IPITrib", "IPINT" -> {
                    group = c.localName();
                    while (c.nextChild()) {
                        switch (c.localName()) {
                            case "CST" -> cst = c.text();
                            case "vBC" -> vBC = Optional.of(c.decimal());
                            case "pIPI" -> pIPI = Optional.of(c.decimal());
                            case "qUnid" -> qUnid = Optional.of(c.decimal());
                            case "vUnid" -> vUnid = Optional.of(c.decimal());
                            case "vIPI" -> vIPI = Optional.of(c.decimal());
                            default -> c.skipUnknown();
                        }
                    }
                }
                default -> c.skipUnknown();
            }
        }
        return new IPI(clEnq, cnpjProd, cSelo, qSelo, c.required(cEnq, "cEnq"), c.requiredGroup(group, "IPITrib"),
                c.required(cst, "CST"), vBC, pIPI, qUnid, vUnid, vIPI);
    }

    /** Reads the {@code PIS} choice: PISAliq, PISQtde, PISNT or PISOutr. */
    static PIS readPIS(XmlCursor c) throws XMLStreamException {
        PIS pis = null;
        while (c.nextChild()) {
            switch (c.localName()) {
                case "PISAliq", "PISQtde", "PISNT", "PISOutr" -> pis = readPISGroup(c, c.localName());
                default -> c.skipUnknown();
            }
        }
        return c.requiredGroup(pis, "PISAliq");
    }

    /** Reads the {@code COFINS} choice: COFINSAliq, COFINSQtde, COFINSNT or COFINSOutr. */
    static COFINS readCOFINS(XmlCursor c) throws XMLStreamException {
        COFINS cofins = null;
        while (c.nextChild()) {
            switch (c.localName()) {
                case "COFINSAliq", "COFINSQtde", "COFINSNT", "COFINSOutr" -> cofins = readCOFINSGroup(c, c.localName());
                default -> c.skipUnknown();
            }
        }
        return c.requiredGroup(cofins, "COFINSAliq");
    }
}
