package dev.nfe.core.xml;

import dev.nfe.core.model.Card;
import dev.nfe.core.model.DetPag;
import dev.nfe.core.model.Pag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;

/** Reads the payment group ({@code pag}), also in its layout 3.10 form. */
final class PagReader {

    private PagReader() {
    }

    static DetPag readDetPag(XmlCursor c) throws XMLStreamException {
        Optional<String> indPag = Optional.empty();
        String tPag = null;
        Optional<String> xPag = Optional.empty();
        BigDecimal vPag = null;
        Optional<LocalDate> dPag = Optional.empty();
        Optional<String> cnpjPag = Optional.empty();
        Optional<String> ufPag = Optional.empty();
        Optional<Card> card = Optional.empty();
        while (c.nextChild()) {
            switch (c.localName()) {
                case "indPag" -> indPag = Optional.of(c.text());
                case "tPag" -> tPag = c.text();
                case "xPag" -> xPag = Optional.of(c.text());
                case "vPag" -> vPag = c.decimal();
                case "dPag" -> dPag = c.date();
                case "CNPJPag" -> cnpjPag = Optional.of(c.text());
                case "UFPag" -> ufPag = Optional.of(c.text());
                case "card" -> card = Optional.of(readCard(c));
                default -> c.skipUnknown();
            }
        }
        return new DetPag(indPag, c.required(tPag, "tPag"), xPag, c.required(vPag, "vPag"), dPag, cnpjPag, ufPag, card);
    }

    static Card readCard(XmlCursor c) throws XMLStreamException {
        Optional<String> tpIntegra = Optional.empty();
        Optional<String> cnpj = Optional.empty();
        Optional<String> tBand = Optional.empty();
        Optional<String> cAut = Optional.empty();
        Optional<String> cnpjReceb = Optional.empty();
        Optional<String> idTermPag = Optional.empty();
        while (c.nextChild()) {
            switch (c.localName()) {
                case "tpIntegra" -> tpIntegra = Optional.of(c.text());
                case "CNPJ" -> cnpj = Optional.of(c.text());
                case "tBand" -> tBand = Optional.of(c.text());
                case "cAut" -> cAut = Optional.of(c.text());
                case "CNPJReceb" -> cnpjReceb = Optional.of(c.text());
                case "idTermPag" -> idTermPag = Optional.of(c.text());
                default -> c.skipUnknown();
            }
        }
        return new Card(tpIntegra, cnpj, tBand, cAut, cnpjReceb, idTermPag);
    }

    /**
     * Reads one {@code pag} element. Layout 4.00 nests the means of payment in {@code detPag}; layout 3.10 repeated
     * {@code pag} itself with tPag, vPag and card, which becomes one detPag here (see {@link #merge}).
     */
    static Pag readPag(XmlCursor c) throws XMLStreamException {
        List<DetPag> detPag = new ArrayList<>();
        Optional<BigDecimal> vTroco = Optional.empty();
        String tPag = null;
        BigDecimal vPag = null;
        Optional<Card> card = Optional.empty();
        while (c.nextChild()) {
            switch (c.localName()) {
                case "detPag" -> detPag.add(readDetPag(c));
                case "vTroco" -> vTroco = Optional.of(c.decimal());
                case "tPag" -> tPag = c.text();
                case "vPag" -> vPag = c.decimal();
                case "card" -> card = Optional.of(readCard(c));
                default -> c.skipUnknown();
            }
        }
        if (tPag != null || vPag != null) {
            detPag.add(new DetPag(Optional.empty(), c.required(tPag, "tPag"), Optional.empty(),
                    c.required(vPag, "vPag"), Optional.empty(), Optional.empty(), Optional.empty(), card));
        }
        return new Pag(detPag, vTroco);
    }

    /** Joins the {@code pag} elements of a layout 3.10 note into one payment group, keeping their order. */
    static Pag merge(Pag first, Pag next) {
        List<DetPag> detPag = new ArrayList<>(first.detPag());
        detPag.addAll(next.detPag());
        return new Pag(detPag, next.vTroco().or(first::vTroco));
    }
}
