package dev.nfe.core.xml;

import dev.nfe.core.model.InfAdic;
import dev.nfe.core.model.Obs;
import dev.nfe.core.model.ProcRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;

/** Reads the additional information group ({@code infAdic}) and free observations. */
final class InfAdicReader {

    private InfAdicReader() {
    }

    static InfAdic readInfAdic(XmlCursor c) throws XMLStreamException {
        Optional<String> infAdFisco = Optional.empty();
        Optional<String> infCpl = Optional.empty();
        List<Obs> obsCont = new ArrayList<>();
        List<Obs> obsFisco = new ArrayList<>();
        List<ProcRef> procRef = new ArrayList<>();
        while (c.nextChild()) {
            switch (c.localName()) {
                case "infAdFisco" -> infAdFisco = Optional.of(c.text());
                case "infCpl" -> infCpl = Optional.of(c.text());
                case "obsCont" -> obsCont.add(readObs(c));
                case "obsFisco" -> obsFisco.add(readObs(c));
                case "procRef" -> procRef.add(readProcRef(c));
                default -> c.skipUnknown();
            }
        }
        return new InfAdic(infAdFisco, infCpl, obsCont, obsFisco, procRef);
    }

    /**
     * Reads an {@code obsCont} or {@code obsFisco}. Some producers write xCampo as a child element instead of the
     * attribute; it is kept, with a warning.
     */
    static Obs readObs(XmlCursor c) throws XMLStreamException {
        String xCampo = c.attribute("xCampo").orElse(null);
        String xTexto = null;
        while (c.nextChild()) {
            switch (c.localName()) {
                case "xTexto" -> xTexto = c.text();
                case "xCampo" -> {
                    String value = c.text();
                    if (xCampo == null) {
                        xCampo = value;
                        c.warning(NfeXmlDeserializer.LAYOUT_DEVIATION, "xCampo is an attribute in the layout");
                    }
                }
                default -> c.skipUnknown();
            }
        }
        return new Obs(c.required(xCampo, "@xCampo"), c.required(xTexto, "xTexto"));
    }

    static ProcRef readProcRef(XmlCursor c) throws XMLStreamException {
        String nProc = null;
        String indProc = null;
        Optional<String> tpAto = Optional.empty();
        while (c.nextChild()) {
            switch (c.localName()) {
                case "nProc" -> nProc = c.text();
                case "indProc" -> indProc = c.text();
                case "tpAto" -> tpAto = Optional.of(c.text());
                default -> c.skipUnknown();
            }
        }
        return new ProcRef(c.required(nProc, "nProc"), c.required(indProc, "indProc"), tpAto);
    }
}
