package dev.nfe.core.xml;

import dev.nfe.core.model.DFeReferenciado;
import dev.nfe.core.model.Det;
import dev.nfe.core.model.Imposto;
import dev.nfe.core.model.ImpostoDevol;
import dev.nfe.core.model.Obs;
import dev.nfe.core.model.ObsItem;
import dev.nfe.core.model.Prod;
import java.math.BigDecimal;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;

/** Reads one item ({@code det}) around its product and taxes. */
final class DetReader {

    private DetReader() {
    }

    static Det readDet(XmlCursor c) throws XMLStreamException {
        String nItem = c.attribute("nItem").orElse(null);
        Prod prod = null;
        Imposto imposto = null;
        Optional<ImpostoDevol> impostoDevol = Optional.empty();
        Optional<String> infAdProd = Optional.empty();
        Optional<ObsItem> obsItem = Optional.empty();
        Optional<BigDecimal> vItem = Optional.empty();
        Optional<DFeReferenciado> dFeReferenciado = Optional.empty();
        while (c.nextChild()) {
            switch (c.localName()) {
                case "prod" -> prod = ProdReader.readProd(c);
                case "imposto" -> imposto = ImpostoReader.readImposto(c);
                case "impostoDevol" -> impostoDevol = Optional.of(readImpostoDevol(c));
                case "infAdProd" -> infAdProd = Optional.of(c.text());
                case "obsItem" -> obsItem = Optional.of(readObsItem(c));
                case "vItem" -> vItem = Optional.of(c.decimal());
                case "DFeReferenciado" -> dFeReferenciado = Optional.of(readDFeReferenciado(c));
                default -> c.skipUnknown();
            }
        }
        return new Det(c.toInt(nItem, "@nItem"), c.requiredGroup(prod, "prod"), c.requiredGroup(imposto, "imposto"),
                impostoDevol, infAdProd, obsItem, vItem, dFeReferenciado);
    }

    static ObsItem readObsItem(XmlCursor c) throws XMLStreamException {
        Optional<Obs> obsCont = Optional.empty();
        Optional<Obs> obsFisco = Optional.empty();
        while (c.nextChild()) {
            switch (c.localName()) {
                case "obsCont" -> obsCont = Optional.of(InfAdicReader.readObs(c));
                case "obsFisco" -> obsFisco = Optional.of(InfAdicReader.readObs(c));
                default -> c.skipUnknown();
            }
        }
        return new ObsItem(obsCont, obsFisco);
    }

    static DFeReferenciado readDFeReferenciado(XmlCursor c) throws XMLStreamException {
        String chaveAcesso = null;
        Optional<String> nItem = Optional.empty();
        while (c.nextChild()) {
            switch (c.localName()) {
                case "chaveAcesso" -> chaveAcesso = c.text();
                case "nItem" -> nItem = Optional.of(c.text());
                default -> c.skipUnknown();
            }
        }
        return new DFeReferenciado(c.required(chaveAcesso, "chaveAcesso"), nItem);
    }

    static ImpostoDevol readImpostoDevol(XmlCursor c) throws XMLStreamException {
        BigDecimal pDevol = null;
        BigDecimal vIPIDevol = null;
        while (c.nextChild()) {
            switch (c.localName()) {
                case "pDevol" -> pDevol = c.decimal();
                case "IPI" -> {
                    while (c.nextChild()) {
                        if ("vIPIDevol".equals(c.localName())) {
                            vIPIDevol = c.decimal();
                        } else {
                            c.skipUnknown();
                        }
                    }
                }
                default -> c.skipUnknown();
            }
        }
        return new ImpostoDevol(c.required(pDevol, "pDevol"), c.required(vIPIDevol, "IPI/vIPIDevol"));
    }
}
