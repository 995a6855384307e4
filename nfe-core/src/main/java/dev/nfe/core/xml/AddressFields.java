package dev.nfe.core.xml;

import dev.nfe.core.model.Ender;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;

/**
 * The address fields of the layout's {@code TEndereco} ({@code xLgr} to {@code fone}), collected while a group's
 * children are read: the whole of {@code enderEmit} and {@code enderDest}, and the address part of the flat
 * {@code retirada} and {@code entrega} groups. One instance per group read.
 */
final class AddressFields {
    private String xLgr;
    private String nro;
    private Optional<String> xCpl = Optional.empty();
    private String xBairro;
    private String cMun;
    private String xMun;
    private String uf;
    private Optional<String> cep = Optional.empty();
    private Optional<String> cPais = Optional.empty();
    private Optional<String> xPais = Optional.empty();
    private Optional<String> fone = Optional.empty();

    /** Reads an address group, {@code enderEmit} or {@code enderDest}, whose start tag is the cursor's current one. */
    static Ender readEnder(XmlCursor c) throws XMLStreamException {
        AddressFields address = new AddressFields();
        while (c.nextChild()) {
            if (!address.read(c)) {
                c.skipUnknown();
            }
        }
        return address.ender(c);
    }

    /** Takes the cursor's current child if it is an address field, reading its text; false for any other child. */
    boolean read(XmlCursor c) throws XMLStreamException {
        switch (c.localName()) {
            case "xLgr" -> xLgr = c.text();
            case "nro" -> nro = c.text();
            case "xCpl" -> xCpl = Optional.of(c.text());
            case "xBairro" -> xBairro = c.text();
            case "cMun" -> cMun = c.text();
            case "xMun" -> xMun = c.text();
            case "UF" -> uf = c.text();
            case "CEP" -> cep = Optional.of(c.text());
            case "cPais" -> cPais = Optional.of(c.text());
            case "xPais" -> xPais = Optional.of(c.text());
            case "fone" -> fone = Optional.of(c.text());
            default -> {
                return false;
            }
        }
        return true;
    }

    /** The address read, with a finding on {@code c} for each required field the group lacked. */
    Ender ender(XmlCursor c) {
        return new Ender(c.required(xLgr, "xLgr"), c.required(nro, "nro"), xCpl, c.required(xBairro, "xBairro"),
                c.required(cMun, "cMun"), c.required(xMun, "xMun"), c.required(uf, "UF"), cep, cPais, xPais, fone);
    }
}
