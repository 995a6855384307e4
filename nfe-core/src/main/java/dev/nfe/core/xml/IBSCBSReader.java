package dev.nfe.core.xml;

import dev.nfe.core.model.GALCZFMCBS;
import dev.nfe.core.model.GAjusteCompet;
import dev.nfe.core.model.GCBS;
import dev.nfe.core.model.GCredPres;
import dev.nfe.core.model.GCredPresIBSZFM;
import dev.nfe.core.model.GCredPresOper;
import dev.nfe.core.model.GDevTrib;
import dev.nfe.core.model.GDif;
import dev.nfe.core.model.GEstornoCred;
import dev.nfe.core.model.GIBSCBS;
import dev.nfe.core.model.GIBSCBSMono;
import dev.nfe.core.model.GIBSMun;
import dev.nfe.core.model.GIBSUF;
import dev.nfe.core.model.GMonoDif;
import dev.nfe.core.model.GMonoPadrao;
import dev.nfe.core.model.GMonoRet;
import dev.nfe.core.model.GMonoReten;
import dev.nfe.core.model.GRed;
import dev.nfe.core.model.GTransfCred;
import dev.nfe.core.model.GTribCompraGov;
import dev.nfe.core.model.GTribRegular;
import dev.nfe.core.model.IBSCBS;
import dev.nfe.core.model.IbsCbsLayoutVariant;
import java.math.BigDecimal;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;

/** Reads the IBS and CBS group ({@code IBSCBS}) of an item, reforma tributária, with its sub-groups. */
final class IBSCBSReader {

    private IBSCBSReader() {
    }

    static IBSCBS readIBSCBS(XmlCursor c) throws XMLStreamException {
        String cst = null;
        String cClassTrib = null;
        Optional<String> indDoacao = Optional.empty();
        Optional<GIBSCBSRead> gIBSCBS = Optional.empty();
        Optional<GIBSCBSMono> gIBSCBSMono = Optional.empty();
        Optional<GTransfCred> gTransfCred = Optional.empty();
        Optional<GAjusteCompet> gAjusteCompet = Optional.empty();
        Optional<GEstornoCred> gEstornoCred = Optional.empty();
        Optional<GCredPresOper> gCredPresOper = Optional.empty();
        Optional<GCredPresIBSZFM> gCredPresIBSZFM = Optional.empty();
        while (c.nextChild()) {
            switch (c.localName()) {
                case "CST" -> cst = c.text();
                case "cClassTrib" -> cClassTrib = c.text();
                case "indDoacao" -> indDoacao = Optional.of(c.text());
                case "gIBSCBS" -> gIBSCBS = Optional.of(readGIBSCBS(c));
                case "gIBSCBSMono" -> gIBSCBSMono = Optional.of(readGIBSCBSMono(c));
                case "gTransfCred" -> gTransfCred = Optional.of(readGTransfCred(c));
                case "gAjusteCompet" -> gAjusteCompet = Optional.of(readGAjusteCompet(c));
                case "gEstornoCred" -> gEstornoCred = Optional.of(readGEstornoCred(c));
                case "gCredPresOper" -> gCredPresOper = Optional.of(readGCredPresOper(c));
                case "gCredPresIBSZFM" -> gCredPresIBSZFM = Optional.of(readGCredPresIBSZFM(c));
                default -> c.skipUnknown();
            }
        }
        boolean v130 = indDoacao.isPresent() || gAjusteCompet.isPresent() || gEstornoCred.isPresent()
                || gCredPresOper.isPresent();
        String variant = gIBSCBS.map(GIBSCBSRead::variant).orElse(IbsCbsLayoutVariant.V1_20);
        if (v130) {
            variant = IbsCbsLayoutVariant.newest(variant, IbsCbsLayoutVariant.V1_30);
        }
        Optional<GCredPresOper> legacyCredPres = gIBSCBS.flatMap(GIBSCBSRead::credPres);
        if (legacyCredPres.isPresent()) {
            if (gCredPresOper.isPresent()) {
                c.warning(NfeXmlDeserializer.LAYOUT_DEVIATION, "IBSCBS has both gCredPresOper and the presumed"
                        + " credit of older layouts inside gIBSCBS; gCredPresOper was kept");
            } else {
                gCredPresOper = legacyCredPres;
            }
        }
        return new IBSCBS(c.required(cst, "CST"), c.required(cClassTrib, "cClassTrib"), indDoacao,
                gIBSCBS.map(GIBSCBSRead::group), gIBSCBSMono, gTransfCred, gAjusteCompet, gEstornoCred, gCredPresOper,
                gCredPresIBSZFM, variant);
    }

    /**
     * Reads a {@code gIBSCBS} of any NT 2025.002 variant. Without vIBS (v1.00, v1.10) it is derived as vIBSUF +
     * vIBSMun with a warning; the presumed credit older variants write inside it ({@code gIBSCredPres},
     * {@code gCBSCredPres}, each with its cCredPres) becomes the gCredPresOper of v1.30, its base vBCCredPres taken
     * from vBC, with a warning.
     */
    static GIBSCBSRead readGIBSCBS(XmlCursor c) throws XMLStreamException {
        BigDecimal vBC = null;
        GIBSUF gIBSUF = null;
        GIBSMun gIBSMun = null;
        BigDecimal vIBS = null;
        GCBS gCBS = null;
        Optional<GTribRegular> gTribRegular = Optional.empty();
        Optional<LegacyCredPres> ibsCredPres = Optional.empty();
        Optional<LegacyCredPres> cbsCredPres = Optional.empty();
        Optional<GTribCompraGov> gTribCompraGov = Optional.empty();
        while (c.nextChild()) {
            switch (c.localName()) {
                case "vBC" -> vBC = c.decimal();
                case "gIBSUF" -> gIBSUF = readGIBSUF(c);
                case "gIBSMun" -> gIBSMun = readGIBSMun(c);
                case "vIBS" -> vIBS = c.decimal();
                case "gCBS" -> gCBS = readGCBS(c);
                case "gTribRegular" -> gTribRegular = Optional.of(readGTribRegular(c));
                case "gIBSCredPres" -> ibsCredPres = Optional.of(readLegacyCredPres(c));
                case "gCBSCredPres" -> cbsCredPres = Optional.of(readLegacyCredPres(c));
                case "gTribCompraGov" -> gTribCompraGov = Optional.of(readGTribCompraGov(c));
                default -> c.skipUnknown();
            }
        }
        String variant = IbsCbsLayoutVariant.V1_20;
        GIBSUF uf = c.requiredGroup(gIBSUF, "gIBSUF");
        GIBSMun mun = c.requiredGroup(gIBSMun, "gIBSMun");
        if (vIBS == null) {
            vIBS = uf.vIBSUF().add(mun.vIBSMun());
            variant = IbsCbsLayoutVariant.V1_00;
            c.warning(NfeXmlDeserializer.DERIVED_VALUE, "vIBS", "gIBSCBS has no vIBS (NT 2025.002 v1.00/v1.10);"
                    + " derived as vIBSUF + vIBSMun = " + vIBS.toPlainString());
        }
        GCBS cbs = c.requiredGroup(gCBS, "gCBS");
        if (cbs.gALCZFMCBS().isPresent()) {
            variant = IbsCbsLayoutVariant.V1_40;
        }
        BigDecimal base = c.required(vBC, "vBC");
        Optional<GCredPresOper> credPres = legacyCredPres(c, base, ibsCredPres, cbsCredPres);
        return new GIBSCBSRead(new GIBSCBS(base, uf, mun, vIBS, cbs, gTribRegular, gTribCompraGov), credPres,
                variant);
    }

    private static Optional<GCredPresOper> legacyCredPres(XmlCursor c, BigDecimal vBC,
            Optional<LegacyCredPres> ibs, Optional<LegacyCredPres> cbs) {
        if (ibs.isEmpty() && cbs.isEmpty()) {
            return Optional.empty();
        }
        String ibsCode = ibs.map(LegacyCredPres::cCredPres).orElse("");
        String cbsCode = cbs.map(LegacyCredPres::cCredPres).orElse("");
        String code = ibsCode.isEmpty() ? cbsCode : ibsCode;
        String conflict = !ibsCode.isEmpty() && !cbsCode.isEmpty() && !ibsCode.equals(cbsCode)
                ? " (gCBSCredPres/cCredPres " + cbsCode + " differs; the IBS one was kept)" : "";
        c.warning(NfeXmlDeserializer.LAYOUT_DEVIATION, "gIBSCBS carries the presumed credit of NT 2025.002 before"
                + " v1.30; read as gCredPresOper with vBCCredPres = vBC" + conflict);
        return Optional.of(new GCredPresOper(vBC, code, ibs.map(LegacyCredPres::credit),
                cbs.map(LegacyCredPres::credit)));
    }

    /** A presumed credit group as written inside gIBSCBS before v1.30: its own cCredPres, then TCredPres. */
    private static LegacyCredPres readLegacyCredPres(XmlCursor c) throws XMLStreamException {
        String cCredPres = null;
        BigDecimal pCredPres = null;
        Optional<BigDecimal> vCredPres = Optional.empty();
        Optional<BigDecimal> vCredPresCondSus = Optional.empty();
        while (c.nextChild()) {
            switch (c.localName()) {
                case "cCredPres" -> cCredPres = c.text();
                case "pCredPres" -> pCredPres = c.decimal();
                case "vCredPres" -> vCredPres = Optional.of(c.decimal());
                case "vCredPresCondSus" -> vCredPresCondSus = Optional.of(c.decimal());
                default -> c.skipUnknown();
            }
        }
        return new LegacyCredPres(c.required(cCredPres, "cCredPres"),
                new GCredPres(c.required(pCredPres, "pCredPres"), vCredPres, vCredPresCondSus));
    }

    /** A gIBSCBS as read: the group, the presumed credit an older variant kept in it, and the variant seen. */
    record GIBSCBSRead(GIBSCBS group, Optional<GCredPresOper> credPres, String variant) {
    }

    private record LegacyCredPres(String cCredPres, GCredPres credit) {
    }

    static GIBSUF readGIBSUF(XmlCursor c) throws XMLStreamException {
        BigDecimal pIBSUF = null;
        Optional<GDif> gDif = Optional.empty();
        Optional<GDevTrib> gDevTrib = Optional.empty();
        Optional<GRed> gRed = Optional.empty();
        BigDecimal vIBSUF = null;
        while (c.nextChild()) {
            switch (c.localName()) {
                case "pIBSUF" -> pIBSUF = c.decimal();
                case "gDif" -> gDif = Optional.of(readGDif(c));
                case "gDevTrib" -> gDevTrib = Optional.of(readGDevTrib(c));
                case "gRed" -> gRed = Optional.of(readGRed(c));
                case "vIBSUF" -> vIBSUF = c.decimal();
                default -> c.skipUnknown();
            }
        }
        return new GIBSUF(c.required(pIBSUF, "pIBSUF"), gDif, gDevTrib, gRed, c.required(vIBSUF, "vIBSUF"));
    }

    static GIBSMun readGIBSMun(XmlCursor c) throws XMLStreamException {
        BigDecimal pIBSMun = null;
        Optional<GDif> gDif = Optional.empty();
        Optional<GDevTrib> gDevTrib = Optional.empty();
        Optional<GRed> gRed = Optional.empty();
        BigDecimal vIBSMun = null;
        while (c.nextChild()) {
            switch (c.localName()) {
                case "pIBSMun" -> pIBSMun = c.decimal();
                case "gDif" -> gDif = Optional.of(readGDif(c));
                case "gDevTrib" -> gDevTrib = Optional.of(readGDevTrib(c));
                case "gRed" -> gRed = Optional.of(readGRed(c));
                case "vIBSMun" -> vIBSMun = c.decimal();
                default -> c.skipUnknown();
            }
        }
        return new GIBSMun(c.required(pIBSMun, "pIBSMun"), gDif, gDevTrib, gRed, c.required(vIBSMun, "vIBSMun"));
    }

    static GCBS readGCBS(XmlCursor c) throws XMLStreamException {
        BigDecimal pCBS = null;
        Optional<GDif> gDif = Optional.empty();
        Optional<GDevTrib> gDevTrib = Optional.empty();
        Optional<GRed> gRed = Optional.empty();
        Optional<GALCZFMCBS> gALCZFMCBS = Optional.empty();
        BigDecimal vCBS = null;
        while (c.nextChild()) {
            switch (c.localName()) {
                case "pCBS" -> pCBS = c.decimal();
                case "gDif" -> gDif = Optional.of(readGDif(c));
                case "gDevTrib" -> gDevTrib = Optional.of(readGDevTrib(c));
                case "gRed" -> gRed = Optional.of(readGRed(c));
                case "gALCZFMCBS" -> gALCZFMCBS = Optional.of(readGALCZFMCBS(c));
                case "vCBS" -> vCBS = c.decimal();
                default -> c.skipUnknown();
            }
        }
        return new GCBS(c.required(pCBS, "pCBS"), gDif, gDevTrib, gRed, gALCZFMCBS, c.required(vCBS, "vCBS"));
    }

    static GDif readGDif(XmlCursor c) throws XMLStreamException {
        BigDecimal pDif = null;
        BigDecimal vDif = null;
        while (c.nextChild()) {
            switch (c.localName()) {
                case "pDif" -> pDif = c.decimal();
                case "vDif" -> vDif = c.decimal();
                default -> c.skipUnknown();
            }
        }
        return new GDif(c.required(pDif, "pDif"), c.required(vDif, "vDif"));
    }

    static GDevTrib readGDevTrib(XmlCursor c) throws XMLStreamException {
        Optional<BigDecimal> pDevTrib = Optional.empty();
        BigDecimal vDevTrib = null;
        while (c.nextChild()) {
            switch (c.localName()) {
                case "pDevTrib" -> pDevTrib = Optional.of(c.decimal());
                case "vDevTrib" -> vDevTrib = c.decimal();
                default -> c.skipUnknown();
            }
        }
        return new GDevTrib(pDevTrib, c.required(vDevTrib, "vDevTrib"));
    }

    static GRed readGRed(XmlCursor c) throws XMLStreamException {
        BigDecimal pRedAliq = null;
        BigDecimal pAliqEfet = null;
        while (c.nextChild()) {
            switch (c.localName()) {
                case "pRedAliq" -> pRedAliq = c.decimal();
                case "pAliqEfet" -> pAliqEfet = c.decimal();
                default -> c.skipUnknown();
            }
        }
        return new GRed(c.required(pRedAliq, "pRedAliq"), c.required(pAliqEfet, "pAliqEfet"));
    }

    static GALCZFMCBS readGALCZFMCBS(XmlCursor c) throws XMLStreamException {
        String tpALCZFMCBS = null;
        Optional<String> nProcSuframa = Optional.empty();
        BigDecimal pAliqEfetRegCBS = null;
        BigDecimal vTribRegCBS = null;
        while (c.nextChild()) {
            switch (c.localName()) {
                case "tpALCZFMCBS" -> tpALCZFMCBS = c.text();
                case "nProcSuframa" -> nProcSuframa = Optional.of(c.text());
                case "pAliqEfetRegCBS" -> pAliqEfetRegCBS = c.decimal();
                case "vTribRegCBS" -> vTribRegCBS = c.decimal();
                default -> c.skipUnknown();
            }
        }
        return new GALCZFMCBS(c.required(tpALCZFMCBS, "tpALCZFMCBS"), nProcSuframa,
                c.required(pAliqEfetRegCBS, "pAliqEfetRegCBS"), c.required(vTribRegCBS, "vTribRegCBS"));
    }

    static GTribRegular readGTribRegular(XmlCursor c) throws XMLStreamException {
        String cstReg = null;
        String cClassTribReg = null;
        BigDecimal pAliqEfetRegIBSUF = null;
        BigDecimal vTribRegIBSUF = null;
        BigDecimal pAliqEfetRegIBSMun = null;
        BigDecimal vTribRegIBSMun = null;
        BigDecimal pAliqEfetRegCBS = null;
        BigDecimal vTribRegCBS = null;
        while (c.nextChild()) {
            switch (c.localName()) {
                case "CSTReg" -> cstReg = c.text();
                case "cClassTribReg" -> cClassTribReg = c.text();
                case "pAliqEfetRegIBSUF" -> pAliqEfetRegIBSUF = c.decimal();
                case "vTribRegIBSUF" -> vTribRegIBSUF = c.decimal();
                case "pAliqEfetRegIBSMun" -> pAliqEfetRegIBSMun = c.decimal();
                case "vTribRegIBSMun" -> vTribRegIBSMun = c.decimal();
                case "pAliqEfetRegCBS" -> pAliqEfetRegCBS = c.decimal();
                case "vTribRegCBS" -> vTribRegCBS = c.decimal();
                default -> c.skipUnknown();
            }
        }
        return new GTribRegular(c.required(cstReg, "CSTReg"), c.required(cClassTribReg, "cClassTribReg"),
                c.required(pAliqEfetRegIBSUF, "pAliqEfetRegIBSUF"), c.required(vTribRegIBSUF, "vTribRegIBSUF"),
                c.required(pAliqEfetRegIBSMun, "pAliqEfetRegIBSMun"), c.required(vTribRegIBSMun, "vTribRegIBSMun"),
                c.required(pAliqEfetRegCBS, "pAliqEfetRegCBS"), c.required(vTribRegCBS, "vTribRegCBS"));
    }

    static GTribCompraGov readGTribCompraGov(XmlCursor c) throws XMLStreamException {
        BigDecimal pAliqIBSUF = null;
        BigDecimal vTribIBSUF = null;
        BigDecimal pAliqIBSMun = null;
        BigDecimal vTribIBSMun = null;
        BigDecimal pAliqCBS = null;
        BigDecimal vTribCBS = null;
        while (c.nextChild()) {
            switch (c.localName()) {
                case "pAliqIBSUF" -> pAliqIBSUF = c.decimal();
                case "vTribIBSUF" -> vTribIBSUF = c.decimal();
                case "pAliqIBSMun" -> pAliqIBSMun = c.decimal();
                case "vTribIBSMun" -> vTribIBSMun = c.decimal();
                case "pAliqCBS" -> pAliqCBS = c.decimal();
                case "vTribCBS" -> vTribCBS = c.decimal();
                default -> c.skipUnknown();
            }
        }
        return new GTribCompraGov(c.required(pAliqIBSUF, "pAliqIBSUF"), c.required(vTribIBSUF, "vTribIBSUF"),
                c.required(pAliqIBSMun, "pAliqIBSMun"), c.required(vTribIBSMun, "vTribIBSMun"),
                c.required(pAliqCBS, "pAliqCBS"), c.required(vTribCBS, "vTribCBS"));
    }

    static GIBSCBSMono readGIBSCBSMono(XmlCursor c) throws XMLStreamException {
        Optional<GMonoPadrao> gMonoPadrao = Optional.empty();
        Optional<GMonoReten> gMonoReten = Optional.empty();
        Optional<GMonoRet> gMonoRet = Optional.empty();
        Optional<GMonoDif> gMonoDif = Optional.empty();
        BigDecimal vTotIBSMonoItem = null;
        BigDecimal vTotCBSMonoItem = null;
        while (c.nextChild()) {
            switch (c.localName()) {
                case "gMonoPadrao" -> gMonoPadrao = Optional.of(readGMonoPadrao(c));
                case "gMonoReten" -> gMonoReten = Optional.of(readGMonoReten(c));
                case "gMonoRet" -> gMonoRet = Optional.of(readGMonoRet(c));
                case "gMonoDif" -> gMonoDif = Optional.of(readGMonoDif(c));
                case "vTotIBSMonoItem" -> vTotIBSMonoItem = c.decimal();
                case "vTotCBSMonoItem" -> vTotCBSMonoItem = c.decimal();
                default -> c.skipUnknown();
            }
        }
        return new GIBSCBSMono(gMonoPadrao, gMonoReten, gMonoRet, gMonoDif,
                c.required(vTotIBSMonoItem, "vTotIBSMonoItem"), c.required(vTotCBSMonoItem, "vTotCBSMonoItem"));
    }

    static GMonoPadrao readGMonoPadrao(XmlCursor c) throws XMLStreamException {
        BigDecimal qBCMono = null;
        BigDecimal adRemIBS = null;
        BigDecimal adRemCBS = null;
        BigDecimal vIBSMono = null;
        BigDecimal vCBSMono = null;
        while (c.nextChild()) {
            switch (c.localName()) {
                case "qBCMono" -> qBCMono = c.decimal();
                case "adRemIBS" -> adRemIBS = c.decimal();
                case "adRemCBS" -> adRemCBS = c.decimal();
                case "vIBSMono" -> vIBSMono = c.decimal();
                case "vCBSMono" -> vCBSMono = c.decimal();
                default -> c.skipUnknown();
            }
        }
        return new GMonoPadrao(c.required(qBCMono, "qBCMono"), c.required(adRemIBS, "adRemIBS"),
                c.required(adRemCBS, "adRemCBS"), c.required(vIBSMono, "vIBSMono"), c.required(vCBSMono, "vCBSMono"));
    }

    static GMonoReten readGMonoReten(XmlCursor c) throws XMLStreamException {
        BigDecimal qBCMonoReten = null;
        BigDecimal adRemIBSReten = null;
        BigDecimal vIBSMonoReten = null;
        BigDecimal adRemCBSReten = null;
        BigDecimal vCBSMonoReten = null;
        while (c.nextChild()) {
            switch (c.localName()) {
                case "qBCMonoReten" -> qBCMonoReten = c.decimal();
                case "adRemIBSReten" -> adRemIBSReten = c.decimal();
                case "vIBSMonoReten" -> vIBSMonoReten = c.decimal();
                case "adRemCBSReten" -> adRemCBSReten = c.decimal();
                case "vCBSMonoReten" -> vCBSMonoReten = c.decimal();
                default -> c.skipUnknown();
            }
        }
        return new GMonoReten(c.required(qBCMonoReten, "qBCMonoReten"), c.required(adRemIBSReten, "adRemIBSReten"),
                c.required(vIBSMonoReten, "vIBSMonoReten"), c.required(adRemCBSReten, "adRemCBSReten"),
                c.required(vCBSMonoReten, "vCBSMonoReten"));
    }

    static GMonoRet readGMonoRet(XmlCursor c) throws XMLStreamException {
        BigDecimal qBCMonoRet = null;
        BigDecimal adRemIBSRet = null;
        BigDecimal vIBSMonoRet = null;
        BigDecimal adRemCBSRet = null;
        BigDecimal vCBSMonoRet = null;
        while (c.nextChild()) {
            switch (c.localName()) {
                case "qBCMonoRet" -> qBCMonoRet = c.decimal();
                case "adRemIBSRet" -> adRemIBSRet = c.decimal();
                case "vIBSMonoRet" -> vIBSMonoRet = c.decimal();
                case "adRemCBSRet" -> adRemCBSRet = c.decimal();
                case "vCBSMonoRet" -> vCBSMonoRet = c.decimal();
                default -> c.skipUnknown();
            }
        }
        return new GMonoRet(c.required(qBCMonoRet, "qBCMonoRet"), c.required(adRemIBSRet, "adRemIBSRet"),
                c.required(vIBSMonoRet, "vIBSMonoRet"), c.required(adRemCBSRet, "adRemCBSRet"),
                c.required(vCBSMonoRet, "vCBSMonoRet"));
    }

    static GMonoDif readGMonoDif(XmlCursor c) throws XMLStreamException {
        BigDecimal pDifIBS = null;
        BigDecimal vIBSMonoDif = null;
        BigDecimal pDifCBS = null;
        BigDecimal vCBSMonoDif = null;
        while (c.nextChild()) {
            switch (c.localName()) {
                case "pDifIBS" -> pDifIBS = c.decimal();
                case "vIBSMonoDif" -> vIBSMonoDif = c.decimal();
                case "pDifCBS" -> pDifCBS = c.decimal();
                case "vCBSMonoDif" -> vCBSMonoDif = c.decimal();
                default -> c.skipUnknown();
            }
        }
        return new GMonoDif(c.required(pDifIBS, "pDifIBS"), c.required(vIBSMonoDif, "vIBSMonoDif"),
                c.required(pDifCBS, "pDifCBS"), c.required(vCBSMonoDif, "vCBSMonoDif"));
    }

    static GTransfCred readGTransfCred(XmlCursor c) throws XMLStreamException {
        BigDecimal vIBS = null;
        BigDecimal vCBS = null;
        while (c.nextChild()) {
            switch (c.localName()) {
                case "vIBS" -> vIBS = c.decimal();
                case "vCBS" -> vCBS = c.decimal();
                default -> c.skipUnknown();
            }
        }
        return new GTransfCred(c.required(vIBS, "vIBS"), c.required(vCBS, "vCBS"));
    }

    static GAjusteCompet readGAjusteCompet(XmlCursor c) throws XMLStreamException {
        String competApur = null;
        BigDecimal vIBS = null;
        BigDecimal vCBS = null;
        while (c.nextChild()) {
            switch (c.localName()) {
                case "competApur" -> competApur = c.text();
                case "vIBS" -> vIBS = c.decimal();
                case "vCBS" -> vCBS = c.decimal();
                default -> c.skipUnknown();
            }
        }
        return new GAjusteCompet(c.required(competApur, "competApur"), c.required(vIBS, "vIBS"),
                c.required(vCBS, "vCBS"));
    }

    static GEstornoCred readGEstornoCred(XmlCursor c) throws XMLStreamException {
        BigDecimal vIBSEstCred = null;
        BigDecimal vCBSEstCred = null;
        while (c.nextChild()) {
            switch (c.localName()) {
                case "vIBSEstCred" -> vIBSEstCred = c.decimal();
                case "vCBSEstCred" -> vCBSEstCred = c.decimal();
                default -> c.skipUnknown();
            }
        }
        return new GEstornoCred(c.required(vIBSEstCred, "vIBSEstCred"), c.required(vCBSEstCred, "vCBSEstCred"));
    }

    static GCredPresOper readGCredPresOper(XmlCursor c) throws XMLStreamException {
        BigDecimal vBCCredPres = null;
        String cCredPres = null;
        Optional<GCredPres> gIBSCredPres = Optional.empty();
        Optional<GCredPres> gCBSCredPres = Optional.empty();
        while (c.nextChild()) {
            switch (c.localName()) {
                case "vBCCredPres" -> vBCCredPres = c.decimal();
                case "cCredPres" -> cCredPres = c.text();
                case "gIBSCredPres" -> gIBSCredPres = Optional.of(readGCredPres(c));
                case "gCBSCredPres" -> gCBSCredPres = Optional.of(readGCredPres(c));
                default -> c.skipUnknown();
            }
        }
        return new GCredPresOper(c.required(vBCCredPres, "vBCCredPres"), c.required(cCredPres, "cCredPres"),
                gIBSCredPres, gCBSCredPres);
    }

    static GCredPres readGCredPres(XmlCursor c) throws XMLStreamException {
        BigDecimal pCredPres = null;
        Optional<BigDecimal> vCredPres = Optional.empty();
        Optional<BigDecimal> vCredPresCondSus = Optional.empty();
        while (c.nextChild()) {
            switch (c.localName()) {
                case "pCredPres" -> pCredPres = c.decimal();
                case "vCredPres" -> vCredPres = Optional.of(c.decimal());
                case "vCredPresCondSus" -> vCredPresCondSus = Optional.of(c.decimal());
                default -> c.skipUnknown();
            }
        }
        return new GCredPres(c.required(pCredPres, "pCredPres"), vCredPres, vCredPresCondSus);
    }

    static GCredPresIBSZFM readGCredPresIBSZFM(XmlCursor c) throws XMLStreamException {
        String competApur = null;
        String tpCredPresIBSZFM = null;
        BigDecimal vCredPresIBSZFM = null;
        while (c.nextChild()) {
            switch (c.localName()) {
                case "competApur" -> competApur = c.text();
                case "tpCredPresIBSZFM" -> tpCredPresIBSZFM = c.text();
                case "vCredPresIBSZFM" -> vCredPresIBSZFM = c.decimal();
                default -> c.skipUnknown();
            }
        }
        return new GCredPresIBSZFM(c.required(competApur, "competApur"),
                c.required(tpCredPresIBSZFM, "tpCredPresIBSZFM"), c.required(vCredPresIBSZFM, "vCredPresIBSZFM"));
    }
}
