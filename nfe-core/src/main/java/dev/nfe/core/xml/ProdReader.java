package dev.nfe.core.xml;

import dev.nfe.core.model.Adi;
import dev.nfe.core.model.Arma;
import dev.nfe.core.model.CIDE;
import dev.nfe.core.model.Comb;
import dev.nfe.core.model.DI;
import dev.nfe.core.model.DetExport;
import dev.nfe.core.model.Encerrante;
import dev.nfe.core.model.ExportInd;
import dev.nfe.core.model.GCred;
import dev.nfe.core.model.InfProdEmb;
import dev.nfe.core.model.InfProdNFF;
import dev.nfe.core.model.Med;
import dev.nfe.core.model.OrigComb;
import dev.nfe.core.model.Prod;
import dev.nfe.core.model.Rastro;
import dev.nfe.core.model.VeicProd;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;

/**
 * Reads the product group ({@code prod}) of an item with its import, export, traceability and specific-product
 * groups.
 */
final class ProdReader {

    private ProdReader() {
    }

    static Prod readProd(XmlCursor c) throws XMLStreamException {
        String cProd = null;
        String cEAN = null;
        Optional<String> cBarra = Optional.empty();
        String xProd = null;
        String ncm = null;
        List<String> nve = new ArrayList<>();
        Optional<String> cest = Optional.empty();
        Optional<String> indEscala = Optional.empty();
        Optional<String> cnpjFab = Optional.empty();
        Optional<String> cBenef = Optional.empty();
        List<GCred> gCred = new ArrayList<>();
        Optional<String> tpCredPresIBSZFM = Optional.empty();
        Optional<String> extipi = Optional.empty();
        String cfop = null;
        String uCom = null;
        BigDecimal qCom = null;
        BigDecimal vUnCom = null;
        BigDecimal vProd = null;
        String cEANTrib = null;
        Optional<String> cBarraTrib = Optional.empty();
        String uTrib = null;
        BigDecimal qTrib = null;
        BigDecimal vUnTrib = null;
        Optional<BigDecimal> vFrete = Optional.empty();
        Optional<BigDecimal> vSeg = Optional.empty();
        Optional<BigDecimal> vDesc = Optional.empty();
        Optional<BigDecimal> vOutro = Optional.empty();
        Optional<String> indTot = Optional.empty();
        Optional<String> indBemMovelUsado = Optional.empty();
        List<DI> di = new ArrayList<>();
        List<DetExport> detExport = new ArrayList<>();
        Optional<String> xPed = Optional.empty();
        Optional<String> nItemPed = Optional.empty();
        Optional<String> nFCI = Optional.empty();
        List<Rastro> rastro = new ArrayList<>();
        Optional<InfProdNFF> infProdNFF = Optional.empty();
        Optional<InfProdEmb> infProdEmb = Optional.empty();
        Optional<VeicProd> veicProd = Optional.empty();
        Optional<Med> med = Optional.empty();
        List<Arma> arma = new ArrayList<>();
        Optional<Comb> comb = Optional.empty();
        Optional<String> nRECOPI = Optional.empty();
        while (c.nextChild()) {
            switch (c.localName()) {
                case "cProd" -> cProd = c.text();
                case "cEAN" -> cEAN = c.text();
                case "cBarra" -> cBarra = Optional.of(c.text());
                case "xProd" -> xProd = c.text();
                case "NCM" -> ncm = c.text();
                case "NVE" -> nve.add(c.text());
                case "CEST" -> cest = Optional.of(c.text());
                case "indEscala" -> indEscala = Optional.of(c.text());
                case "CNPJFab" -> cnpjFab = Optional.of(c.text());
                case "cBenef" -> cBenef = Optional.of(c.text());
                case "gCred" -> gCred.add(readGCred(c));
                case "tpCredPresIBSZFM" -> tpCredPresIBSZFM = Optional.of(c.text());
                case "EXTIPI" -> extipi = Optional.of(c.text());
                case "CFOP" -> cfop = c.text();
                case "uCom" -> uCom = c.text();
                case "qCom" -> qCom = c.decimal();
                case "vUnCom" -> vUnCom = c.decimal();
                case "vProd" -> vProd = c.decimal();
                case "cEANTrib" -> cEANTrib = c.text();
                case "cBarraTrib" -> cBarraTrib = Optional.of(c.text());
                case "uTrib" -> uTrib = c.text();
                case "qTrib" -> qTrib = c.decimal();
                case "vUnTrib" -> vUnTrib = c.decimal();
                case "vFrete" -> vFrete = Optional.of(c.decimal());
                case "vSeg" -> vSeg = Optional.of(c.decimal());
                case "vDesc" -> vDesc = Optional.of(c.decimal());
                case "vOutro" -> vOutro = Optional.of(c.decimal());
                case "indTot" -> indTot = Optional.of(c.text());
                case "indBemMovelUsado" -> indBemMovelUsado = Optional.of(c.text());
                case "DI" -> di.add(readDI(c));
                case "detExport" -> detExport.add(readDetExport(c));
                case "xPed" -> xPed = Optional.of(c.text());
                case "nItemPed" -> nItemPed = Optional.of(c.text());
                case "nFCI" -> nFCI = Optional.of(c.text());
                case "rastro" -> rastro.add(readRastro(c));
                case "infProdNFF" -> infProdNFF = Optional.of(readInfProdNFF(c));
                case "infProdEmb" -> infProdEmb = Optional.of(readInfProdEmb(c));
                case "veicProd" -> veicProd = Optional.of(readVeicProd(c));
                case "med" -> med = Optional.of(readMed(c));
                case "arma" -> arma.add(readArma(c));
                case "comb" -> comb = Optional.of(readComb(c));
                case "nRECOPI" -> nRECOPI = Optional.of(c.text());
                default -> c.skipUnknown();
            }
        }
        return new Prod(c.required(cProd, "cProd"), c.required(cEAN, "cEAN"), cBarra, c.required(xProd, "xProd"),
                c.required(ncm, "NCM"), nve, cest, indEscala, cnpjFab, cBenef, gCred, tpCredPresIBSZFM, extipi,
                c.required(cfop, "CFOP"), c.required(uCom, "uCom"), c.required(qCom, "qCom"),
                c.required(vUnCom, "vUnCom"), c.required(vProd, "vProd"), c.required(cEANTrib, "cEANTrib"), cBarraTrib,
                c.required(uTrib, "uTrib"), c.required(qTrib, "qTrib"), c.required(vUnTrib, "vUnTrib"), vFrete, vSeg,
                vDesc, vOutro, indTot, indBemMovelUsado, di, detExport, xPed, nItemPed, nFCI, rastro, infProdNFF,
                infProdEmb, veicProd, med, arma, comb, nRECOPI);
    }

    static GCred readGCred(XmlCursor c) throws XMLStreamException {
        String cCredPresumido = null;
        BigDecimal pCredPresumido = null;
        BigDecimal vCredPresumido = null;
        while (c.nextChild()) {
            switch (c.localName()) {
                case "cCredPresumido" -> cCredPresumido = c.text();
                case "pCredPresumido" -> pCredPresumido = c.decimal();
                case "vCredPresumido" -> vCredPresumido = c.decimal();
                default -> c.skipUnknown();
            }
        }
        return new GCred(c.required(cCredPresumido, "cCredPresumido"), c.required(pCredPresumido, "pCredPresumido"),
                c.required(vCredPresumido, "vCredPresumido"));
    }

    static DI readDI(XmlCursor c) throws XMLStreamException {
        String nDI = null;
        LocalDate dDI = null;
        String xLocDesemb = null;
        String ufDesemb = null;
        LocalDate dDesemb = null;
        Optional<String> tpViaTransp = Optional.empty();
        Optional<BigDecimal> vAFRMM = Optional.empty();
        Optional<String> tpIntermedio = Optional.empty();
        Optional<String> cnpj = Optional.empty();
        Optional<String> cpf = Optional.empty();
        Optional<String> ufTerceiro = Optional.empty();
        String cExportador = null;
        List<Adi> adi = new ArrayList<>();
        while (c.nextChild()) {
            switch (c.localName()) {
                case "nDI" -> nDI = c.text();
                case "dDI" -> dDI = c.requiredDate();
                case "xLocDesemb" -> xLocDesemb = c.text();
                case "UFDesemb" -> ufDesemb = c.text();
                case "dDesemb" -> dDesemb = c.requiredDate();
                case "tpViaTransp" -> tpViaTransp = Optional.of(c.text());
                case "vAFRMM" -> vAFRMM = Optional.of(c.decimal());
                case "tpIntermedio" -> tpIntermedio = Optional.of(c.text());
                case "CNPJ" -> cnpj = Optional.of(c.text());
                case "CPF" -> cpf = Optional.of(c.text());
                case "UFTerceiro" -> ufTerceiro = Optional.of(c.text());
                case "cExportador" -> cExportador = c.text();
                case "adi" -> adi.add(readAdi(c));
                default -> c.skipUnknown();
            }
        }
        return new DI(c.required(nDI, "nDI"), c.required(dDI, "dDI"), c.required(xLocDesemb, "xLocDesemb"),
                c.required(ufDesemb, "UFDesemb"), c.required(dDesemb, "dDesemb"), tpViaTransp, vAFRMM, tpIntermedio,
                cnpj, cpf, ufTerceiro, c.required(cExportador, "cExportador"), adi);
    }

    static Adi readAdi(XmlCursor c) throws XMLStreamException {
        Optional<String> nAdicao = Optional.empty();
        Optional<String> nSeqAdic = Optional.empty();
        String cFabricante = null;
        Optional<BigDecimal> vDescDI = Optional.empty();
        Optional<String> nDraw = Optional.empty();
        while (c.nextChild()) {
            switch (c.localName()) {
                case "nAdicao" -> nAdicao = Optional.of(c.text());
                case "nSeqAdic" -> nSeqAdic = Optional.of(c.text());
                case "cFabricante" -> cFabricante = c.text();
                case "vDescDI" -> vDescDI = Optional.of(c.decimal());
                case "nDraw" -> nDraw = Optional.of(c.text());
                default -> c.skipUnknown();
            }
        }
        return new Adi(nAdicao, nSeqAdic, c.required(cFabricante, "cFabricante"), vDescDI, nDraw);
    }

    static DetExport readDetExport(XmlCursor c) throws XMLStreamException {
        Optional<String> nDraw = Optional.empty();
        Optional<ExportInd> exportInd = Optional.empty();
        while (c.nextChild()) {
            switch (c.localName()) {
                case "nDraw" -> nDraw = Optional.of(c.text());
                case "exportInd" -> exportInd = Optional.of(readExportInd(c));
                default -> c.skipUnknown();
            }
        }
        return new DetExport(nDraw, exportInd);
    }

    static ExportInd readExportInd(XmlCursor c) throws XMLStreamException {
        String nRE = null;
        String chNFe = null;
        BigDecimal qExport = null;
        while (c.nextChild()) {
            switch (c.localName()) {
                case "nRE" -> nRE = c.text();
                case "chNFe" -> chNFe = c.text();
                case "qExport" -> qExport = c.decimal();
                default -> c.skipUnknown();
            }
        }
        return new ExportInd(c.required(nRE, "nRE"), c.required(chNFe, "chNFe"), c.required(qExport, "qExport"));
    }

    static Rastro readRastro(XmlCursor c) throws XMLStreamException {
        String nLote = null;
        BigDecimal qLote = null;
        LocalDate dFab = null;
        LocalDate dVal = null;
        Optional<String> cAgreg = Optional.empty();
        while (c.nextChild()) {
            switch (c.localName()) {
                case "nLote" -> nLote = c.text();
                case "qLote" -> qLote = c.decimal();
                case "dFab" -> dFab = c.requiredDate();
                case "dVal" -> dVal = c.requiredDate();
                case "cAgreg" -> cAgreg = Optional.of(c.text());
                default -> c.skipUnknown();
            }
        }
        return new Rastro(c.required(nLote, "nLote"), c.required(qLote, "qLote"), c.required(dFab, "dFab"),
                c.required(dVal, "dVal"), cAgreg);
    }

    static InfProdNFF readInfProdNFF(XmlCursor c) throws XMLStreamException {
        String cProdFisco = null;
        String cOperNFF = null;
        while (c.nextChild()) {
            switch (c.localName()) {
                case "cProdFisco" -> cProdFisco = c.text();
                case "cOperNFF" -> cOperNFF = c.text();
                default -> c.skipUnknown();
            }
        }
        return new InfProdNFF(c.required(cProdFisco, "cProdFisco"), c.required(cOperNFF, "cOperNFF"));
    }

    static InfProdEmb readInfProdEmb(XmlCursor c) throws XMLStreamException {
        String xEmb = null;
        BigDecimal qVolEmb = null;
        String uEmb = null;
        while (c.nextChild()) {
            switch (c.localName()) {
                case "xEmb" -> xEmb = c.text();
                case "qVolEmb" -> qVolEmb = c.decimal();
                case "uEmb" -> uEmb = c.text();
                default -> c.skipUnknown();
            }
        }
        return new InfProdEmb(c.required(xEmb, "xEmb"), c.required(qVolEmb, "qVolEmb"), c.required(uEmb, "uEmb"));
    }

    static VeicProd readVeicProd(XmlCursor c) throws XMLStreamException {
        String tpOp = null;
        String chassi = null;
        String cCor = null;
        String xCor = null;
        String pot = null;
        String cilin = null;
        String pesoL = null;
        String pesoB = null;
        String nSerie = null;
        String tpComb = null;
        String nMotor = null;
        String cmt = null;
        String dist = null;
        String anoMod = null;
        String anoFab = null;
        String tpPint = null;
        String tpVeic = null;
        String espVeic = null;
        String vin = null;
        String condVeic = null;
        String cMod = null;
        Optional<String> cCorDENATRAN = Optional.empty();
        String lota = null;
        String tpRest = null;
        while (c.nextChild()) {
            switch (c.localName()) {
                case "tpOp" -> tpOp = c.text();
                case "chassi" -> chassi = c.text();
                case "cCor" -> cCor = c.text();
                case "xCor" -> xCor = c.text();
                case "pot" -> pot = c.text();
                case "cilin" -> cilin = c.text();
                case "pesoL" -> pesoL = c.text();
                case "pesoB" -> pesoB = c.text();
                case "nSerie" -> nSerie = c.text();
                case "tpComb" -> tpComb = c.text();
                case "nMotor" -> nMotor = c.text();
                case "CMT" -> cmt = c.text();
                case "dist" -> dist = c.text();
                case "anoMod" -> anoMod = c.text();
                case "anoFab" -> anoFab = c.text();
                case "tpPint" -> tpPint = c.text();
                case "tpVeic" -> tpVeic = c.text();
                case "espVeic" -> espVeic = c.text();
                case "VIN" -> vin = c.text();
                case "condVeic" -> condVeic = c.text();
                case "cMod" -> cMod = c.text();
                case "cCorDENATRAN" -> cCorDENATRAN = Optional.of(c.text());
                case "lota" -> lota = c.text();
                case "tpRest" -> tpRest = c.text();
                default -> c.skipUnknown();
            }
        }
        return new VeicProd(c.required(tpOp, "tpOp"), c.required(chassi, "chassi"), c.required(cCor, "cCor"),
                c.required(xCor, "xCor"), c.required(pot, "pot"), c.required(cilin, "cilin"),
                c.required(pesoL, "pesoL"), c.required(pesoB, "pesoB"), c.required(nSerie, "nSerie"),
                c.required(tpComb, "tpComb"), c.required(nMotor, "nMotor"), c.required(cmt, "CMT"),
                c.required(dist, "dist"), c.required(anoMod, "anoMod"), c.required(anoFab, "anoFab"),
                c.required(tpPint, "tpPint"), c.required(tpVeic, "tpVeic"), c.required(espVeic, "espVeic"),
                c.required(vin, "VIN"), c.required(condVeic, "condVeic"), c.required(cMod, "cMod"), cCorDENATRAN,
                c.required(lota, "lota"), c.required(tpRest, "tpRest"));
    }

    static Med readMed(XmlCursor c) throws XMLStreamException {
        Optional<String> cProdANVISA = Optional.empty();
        Optional<String> xMotivoIsencao = Optional.empty();
        Optional<String> nLote = Optional.empty();
        Optional<BigDecimal> qLote = Optional.empty();
        Optional<LocalDate> dFab = Optional.empty();
        Optional<LocalDate> dVal = Optional.empty();
        Optional<BigDecimal> vPMC = Optional.empty();
        while (c.nextChild()) {
            switch (c.localName()) {
                case "cProdANVISA" -> cProdANVISA = Optional.of(c.text());
                case "xMotivoIsencao" -> xMotivoIsencao = Optional.of(c.text());
                case "nLote" -> nLote = Optional.of(c.text());
                case "qLote" -> qLote = Optional.of(c.decimal());
                case "dFab" -> dFab = c.date();
                case "dVal" -> dVal = c.date();
                case "vPMC" -> vPMC = Optional.of(c.decimal());
                default -> c.skipUnknown();
            }
        }
        return new Med(cProdANVISA, xMotivoIsencao, nLote, qLote, dFab, dVal, vPMC);
    }

    static Arma readArma(XmlCursor c) throws XMLStreamException {
        String tpArma = null;
        String nSerie = null;
        String nCano = null;
        String descr = null;
        while (c.nextChild()) {
            switch (c.localName()) {
                case "tpArma" -> tpArma = c.text();
                case "nSerie" -> nSerie = c.text();
                case "nCano" -> nCano = c.text();
                case "descr" -> descr = c.text();
                default -> c.skipUnknown();
            }
        }
        return new Arma(c.required(tpArma, "tpArma"), c.required(nSerie, "nSerie"), c.required(nCano, "nCano"),
                c.required(descr, "descr"));
    }

    static Comb readComb(XmlCursor c) throws XMLStreamException {
        String cProdANP = null;
        Optional<String> descANP = Optional.empty();
        Optional<BigDecimal> pMixGN = Optional.empty();
        Optional<BigDecimal> pGLP = Optional.empty();
        Optional<BigDecimal> pGNn = Optional.empty();
        Optional<BigDecimal> pGNi = Optional.empty();
        Optional<BigDecimal> vPart = Optional.empty();
        Optional<String> codif = Optional.empty();
        Optional<BigDecimal> qTemp = Optional.empty();
        String ufCons = null;
        Optional<CIDE> cide = Optional.empty();
        Optional<Encerrante> encerrante = Optional.empty();
        Optional<BigDecimal> pBio = Optional.empty();
        List<OrigComb> origComb = new ArrayList<>();
        while (c.nextChild()) {
            switch (c.localName()) {
                case "cProdANP" -> cProdANP = c.text();
                case "descANP" -> descANP = Optional.of(c.text());
                case "pMixGN" -> pMixGN = Optional.of(c.decimal());
                case "pGLP" -> pGLP = Optional.of(c.decimal());
                case "pGNn" -> pGNn = Optional.of(c.decimal());
                case "pGNi" -> pGNi = Optional.of(c.decimal());
                case "vPart" -> vPart = Optional.of(c.decimal());
                case "CODIF" -> codif = Optional.of(c.text());
                case "qTemp" -> qTemp = Optional.of(c.decimal());
                case "UFCons" -> ufCons = c.text();
                case "CIDE" -> cide = Optional.of(readCIDE(c));
                case "encerrante" -> encerrante = Optional.of(readEncerrante(c));
                case "pBio" -> pBio = Optional.of(c.decimal());
                case "origComb" -> origComb.add(readOrigComb(c));
                default -> c.skipUnknown();
            }
        }
        return new Comb(c.required(cProdANP, "cProdANP"), descANP, pMixGN, pGLP, pGNn, pGNi, vPart, codif, qTemp,
                c.required(ufCons, "UFCons"), cide, encerrante, pBio, origComb);
    }

    static CIDE readCIDE(XmlCursor c) throws XMLStreamException {
        BigDecimal qBCProd = null;
        BigDecimal vAliqProd = null;
        BigDecimal vCIDE = null;
        while (c.nextChild()) {
            switch (c.localName()) {
                case "qBCProd" -> qBCProd = c.decimal();
                case "vAliqProd" -> vAliqProd = c.decimal();
                case "vCIDE" -> vCIDE = c.decimal();
                default -> c.skipUnknown();
            }
        }
        return new CIDE(c.required(qBCProd, "qBCProd"), c.required(vAliqProd, "vAliqProd"), c.required(vCIDE, "vCIDE"));
    }

    static Encerrante readEncerrante(XmlCursor c) throws XMLStreamException {
        String nBico = null;
        Optional<String> nBomba = Optional.empty();
        String nTanque = null;
        BigDecimal vEncIni = null;
        BigDecimal vEncFin = null;
        while (c.nextChild()) {
            switch (c.localName()) {
                case "nBico" -> nBico = c.text();
                case "nBomba" -> nBomba = Optional.of(c.text());
                case "nTanque" -> nTanque = c.text();
                case "vEncIni" -> vEncIni = c.decimal();
                case "vEncFin" -> vEncFin = c.decimal();
                default -> c.skipUnknown();
            }
        }
        return new Encerrante(c.required(nBico, "nBico"), nBomba, c.required(nTanque, "nTanque"),
                c.required(vEncIni, "vEncIni"), c.required(vEncFin, "vEncFin"));
    }

    static OrigComb readOrigComb(XmlCursor c) throws XMLStreamException {
        String indImport = null;
        String cUFOrig = null;
        BigDecimal pOrig = null;
        while (c.nextChild()) {
            switch (c.localName()) {
                case "indImport" -> indImport = c.text();
                case "cUFOrig" -> cUFOrig = c.text();
                case "pOrig" -> pOrig = c.decimal();
                default -> c.skipUnknown();
            }
        }
        return new OrigComb(c.required(indImport, "indImport"), c.required(cUFOrig, "cUFOrig"),
                c.required(pOrig, "pOrig"));
    }
}
