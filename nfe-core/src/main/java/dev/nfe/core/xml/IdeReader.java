package dev.nfe.core.xml;

import dev.nfe.core.model.GCompraGov;
import dev.nfe.core.model.GPagAntecipado;
import dev.nfe.core.model.Ide;
import dev.nfe.core.model.NFref;
import dev.nfe.core.model.RefECF;
import dev.nfe.core.model.RefNF;
import dev.nfe.core.model.RefNFP;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;

/** Reads the identification group {@code ide} with its referenced documents. */
final class IdeReader {

    private IdeReader() {
    }

    static Ide readIde(XmlCursor c) throws XMLStreamException {
        String cUF = null;
        String cNF = null;
        String natOp = null;
        Optional<String> indPag = Optional.empty();
        String mod = null;
        String serie = null;
        String nNF = null;
        Optional<OffsetDateTime> dhEmi = Optional.empty();
        Optional<LocalDate> dEmi = Optional.empty();
        Optional<OffsetDateTime> dhSaiEnt = Optional.empty();
        Optional<LocalDate> dSaiEnt = Optional.empty();
        Optional<LocalTime> hSaiEnt = Optional.empty();
        Optional<LocalDate> dPrevEntrega = Optional.empty();
        String tpNF = null;
        Optional<String> idDest = Optional.empty();
        String cMunFG = null;
        Optional<String> cMunFGIBS = Optional.empty();
        String tpImp = null;
        String tpEmis = null;
        String cDV = null;
        String tpAmb = null;
        String finNFe = null;
        Optional<String> tpNFDebito = Optional.empty();
        Optional<String> tpNFCredito = Optional.empty();
        Optional<String> indFinal = Optional.empty();
        Optional<String> indPres = Optional.empty();
        Optional<String> indIntermed = Optional.empty();
        Optional<String> cIndOp = Optional.empty();
        String procEmi = null;
        String verProc = null;
        Optional<OffsetDateTime> dhCont = Optional.empty();
        Optional<String> xJust = Optional.empty();
        List<NFref> nFref = new ArrayList<>();
        Optional<GCompraGov> gCompraGov = Optional.empty();
        Optional<GPagAntecipado> gPagAntecipado = Optional.empty();
        while (c.nextChild()) {
            switch (c.localName()) {
                case "cUF" -> cUF = c.text();
                case "cNF" -> cNF = c.text();
                case "natOp" -> natOp = c.text();
                case "indPag" -> indPag = Optional.of(c.text());
                case "mod" -> mod = c.text();
                case "serie" -> serie = c.text();
                case "nNF" -> nNF = c.text();
                case "dhEmi" -> dhEmi = c.dateTime();
                case "dEmi" -> dEmi = c.date();
                case "dhSaiEnt" -> dhSaiEnt = c.dateTime();
                case "dSaiEnt" -> dSaiEnt = c.date();
                case "hSaiEnt" -> hSaiEnt = c.time();
                case "dPrevEntrega" -> dPrevEntrega = c.date();
                case "tpNF" -> tpNF = c.text();
                case "idDest" -> idDest = Optional.of(c.text());
                case "cMunFG" -> cMunFG = c.text();
                case "cMunFGIBS" -> cMunFGIBS = Optional.of(c.text());
                case "tpImp" -> tpImp = c.text();
                case "tpEmis" -> tpEmis = c.text();
                case "cDV" -> cDV = c.text();
                case "tpAmb" -> tpAmb = c.text();
                case "finNFe" -> finNFe = c.text();
                case "tpNFDebito" -> tpNFDebito = Optional.of(c.text());
                case "tpNFCredito" -> tpNFCredito = Optional.of(c.text());
                case "indFinal" -> indFinal = Optional.of(c.text());
                case "indPres" -> indPres = Optional.of(c.text());
                case "indIntermed" -> indIntermed = Optional.of(c.text());
                case "cIndOp" -> cIndOp = Optional.of(c.text());
                case "procEmi" -> procEmi = c.text();
                case "verProc" -> verProc = c.text();
                case "dhCont" -> dhCont = c.dateTime();
                case "xJust" -> xJust = Optional.of(c.text());
                case "NFref" -> nFref.add(readNFref(c));
                case "gCompraGov" -> gCompraGov = Optional.of(readGCompraGov(c));
                case "gPagAntecipado" -> gPagAntecipado = Optional.of(readGPagAntecipado(c));
                default -> c.skipUnknown();
            }
        }
        return new Ide(c.required(cUF, "cUF"), c.required(cNF, "cNF"), c.required(natOp, "natOp"), indPag,
                c.toInt(mod, "mod"), c.toInt(serie, "serie"), c.toLong(nNF, "nNF"), dhEmi, dEmi, dhSaiEnt, dSaiEnt,
                hSaiEnt, dPrevEntrega, c.required(tpNF, "tpNF"), idDest, c.required(cMunFG, "cMunFG"), cMunFGIBS,
                c.required(tpImp, "tpImp"), c.required(tpEmis, "tpEmis"), c.required(cDV, "cDV"),
                c.required(tpAmb, "tpAmb"), c.required(finNFe, "finNFe"), tpNFDebito, tpNFCredito, indFinal, indPres,
                indIntermed, cIndOp, c.required(procEmi, "procEmi"), c.required(verProc, "verProc"), dhCont, xJust,
                nFref, gCompraGov, gPagAntecipado);
    }

    static NFref readNFref(XmlCursor c) throws XMLStreamException {
        Optional<String> refNFe = Optional.empty();
        Optional<String> refNFeSig = Optional.empty();
        Optional<RefNF> refNF = Optional.empty();
        Optional<RefNFP> refNFP = Optional.empty();
        Optional<String> refCTe = Optional.empty();
        Optional<RefECF> refECF = Optional.empty();
        while (c.nextChild()) {
            switch (c.localName()) {
                case "refNFe" -> refNFe = Optional.of(c.text());
                case "refNFeSig" -> refNFeSig = Optional.of(c.text());
                case "refNF" -> refNF = Optional.of(readRefNF(c));
                case "refNFP" -> refNFP = Optional.of(readRefNFP(c));
                case "refCTe" -> refCTe = Optional.of(c.text());
                case "refECF" -> refECF = Optional.of(readRefECF(c));
                default -> c.skipUnknown();
            }
        }
        return new NFref(refNFe, refNFeSig, refNF, refNFP, refCTe, refECF);
    }

    static RefNF readRefNF(XmlCursor c) throws XMLStreamException {
        String cUF = null;
        String aamm = null;
        String cnpj = null;
        String mod = null;
        String serie = null;
        String nNF = null;
        while (c.nextChild()) {
            switch (c.localName()) {
                case "cUF" -> cUF = c.text();
                case "AAMM" -> aamm = c.text();
                case "CNPJ" -> cnpj = c.text();
                case "mod" -> mod = c.text();
                case "serie" -> serie = c.text();
                case "nNF" -> nNF = c.text();
                default -> c.skipUnknown();
            }
        }
        return new RefNF(c.required(cUF, "cUF"), c.required(aamm, "AAMM"), c.required(cnpj, "CNPJ"),
                c.required(mod, "mod"), c.required(serie, "serie"), c.required(nNF, "nNF"));
    }

    static RefNFP readRefNFP(XmlCursor c) throws XMLStreamException {
        String cUF = null;
        String aamm = null;
        Optional<String> cnpj = Optional.empty();
        Optional<String> cpf = Optional.empty();
        String ie = null;
        String mod = null;
        String serie = null;
        String nNF = null;
        while (c.nextChild()) {
            switch (c.localName()) {
                case "cUF" -> cUF = c.text();
                case "AAMM" -> aamm = c.text();
                case "CNPJ" -> cnpj = Optional.of(c.text());
                case "CPF" -> cpf = Optional.of(c.text());
                case "IE" -> ie = c.text();
                case "mod" -> mod = c.text();
                case "serie" -> serie = c.text();
                case "nNF" -> nNF = c.text();
                default -> c.skipUnknown();
            }
        }
        return new RefNFP(c.required(cUF, "cUF"), c.required(aamm, "AAMM"), cnpj, cpf, c.required(ie, "IE"),
                c.required(mod, "mod"), c.required(serie, "serie"), c.required(nNF, "nNF"));
    }

    static RefECF readRefECF(XmlCursor c) throws XMLStreamException {
        String mod = null;
        String nECF = null;
        String nCOO = null;
        while (c.nextChild()) {
            switch (c.localName()) {
                case "mod" -> mod = c.text();
                case "nECF" -> nECF = c.text();
                case "nCOO" -> nCOO = c.text();
                default -> c.skipUnknown();
            }
        }
        return new RefECF(c.required(mod, "mod"), c.required(nECF, "nECF"), c.required(nCOO, "nCOO"));
    }

    static GCompraGov readGCompraGov(XmlCursor c) throws XMLStreamException {
        String tpEnteGov = null;
        BigDecimal pRedutor = null;
        String tpOperGov = null;
        List<String> refDFeAnt = new ArrayList<>();
        while (c.nextChild()) {
            switch (c.localName()) {
                case "tpEnteGov" -> tpEnteGov = c.text();
                case "pRedutor" -> pRedutor = c.decimal();
                case "tpOperGov" -> tpOperGov = c.text();
                case "refDFeAnt" -> refDFeAnt.add(c.text());
                default -> c.skipUnknown();
            }
        }
        return new GCompraGov(c.required(tpEnteGov, "tpEnteGov"), c.required(pRedutor, "pRedutor"),
                c.required(tpOperGov, "tpOperGov"), refDFeAnt);
    }

    static GPagAntecipado readGPagAntecipado(XmlCursor c) throws XMLStreamException {
        List<String> refNFe = new ArrayList<>();
        while (c.nextChild()) {
            switch (c.localName()) {
                case "refNFe" -> refNFe.add(c.text());
                default -> c.skipUnknown();
            }
        }
        return new GPagAntecipado(refNFe);
    }
}
