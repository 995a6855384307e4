package dev.nfe.core.xml;

import dev.nfe.core.model.Cobr;
import dev.nfe.core.model.Dup;
import dev.nfe.core.model.Fat;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;

/** Reads the billing group ({@code cobr}): invoice and instalments. */
final class CobrReader {

    private CobrReader() {
    }

    static Cobr readCobr(XmlCursor c) throws XMLStreamException {
        Optional<Fat> fat = Optional.empty();
        List<Dup> dup = new ArrayList<>();
        while (c.nextChild()) {
            switch (c.localName()) {
                case "fat" -> fat = Optional.of(readFat(c));
                case "dup" -> dup.add(readDup(c));
                default -> c.skipUnknown();
            }
        }
        return new Cobr(fat, dup);
    }

    static Fat readFat(XmlCursor c) throws XMLStreamException {
        Optional<String> nFat = Optional.empty();
        Optional<BigDecimal> vOrig = Optional.empty();
        Optional<BigDecimal> vDesc = Optional.empty();
        Optional<BigDecimal> vLiq = Optional.empty();
        while (c.nextChild()) {
            switch (c.localName()) {
                case "nFat" -> nFat = Optional.of(c.text());
                case "vOrig" -> vOrig = Optional.of(c.decimal());
                case "vDesc" -> vDesc = Optional.of(c.decimal());
                case "vLiq" -> vLiq = Optional.of(c.decimal());
                default -> c.skipUnknown();
            }
        }
        return new Fat(nFat, vOrig, vDesc, vLiq);
    }

    static Dup readDup(XmlCursor c) throws XMLStreamException {
        Optional<String> nDup = Optional.empty();
        Optional<LocalDate> dVenc = Optional.empty();
        BigDecimal vDup = null;
        while (c.nextChild()) {
            switch (c.localName()) {
                case "nDup" -> nDup = Optional.of(c.text());
                case "dVenc" -> dVenc = c.date();
                case "vDup" -> vDup = c.decimal();
                default -> c.skipUnknown();
            }
        }
        return new Dup(nDup, dVenc, c.required(vDup, "vDup"));
    }
}
