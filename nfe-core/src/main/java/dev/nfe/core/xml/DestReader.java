package dev.nfe.core.xml;

import dev.nfe.core.model.AutXML;
import dev.nfe.core.model.Dest;
import dev.nfe.core.model.Ender;
import dev.nfe.core.model.Local;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;

/**
 * Reads the recipient ({@code dest}), the pick-up and delivery places and the parties authorised to download the
 * XML.
 */
final class DestReader {

    private DestReader() {
    }

    static Dest readDest(XmlCursor c) throws XMLStreamException {
        Optional<String> cnpj = Optional.empty();
        Optional<String> cpf = Optional.empty();
        Optional<String> idEstrangeiro = Optional.empty();
        Optional<String> xNome = Optional.empty();
        Optional<Ender> enderDest = Optional.empty();
        Optional<String> indIEDest = Optional.empty();
        Optional<String> ie = Optional.empty();
        Optional<String> isuf = Optional.empty();
        Optional<String> im = Optional.empty();
        Optional<String> email = Optional.empty();
        while (c.nextChild()) {
            switch (c.localName()) {
                case "CNPJ" -> cnpj = Optional.of(c.text());
                case "CPF" -> cpf = Optional.of(c.text());
                case "idEstrangeiro" -> idEstrangeiro = Optional.of(c.text());
                case "xNome" -> xNome = Optional.of(c.text());
                case "enderDest" -> enderDest = Optional.of(AddressFields.readEnder(c));
                case "indIEDest" -> indIEDest = Optional.of(c.text());
                case "IE" -> ie = Optional.of(c.text());
                case "ISUF" -> isuf = Optional.of(c.text());
                case "IM" -> im = Optional.of(c.text());
                case "email" -> email = Optional.of(c.text());
                default -> c.skipUnknown();
            }
        }
        return new Dest(cnpj, cpf, idEstrangeiro, xNome, enderDest, indIEDest, ie, isuf, im, email);
    }

    static Local readLocal(XmlCursor c) throws XMLStreamException {
        Optional<String> cnpj = Optional.empty();
        Optional<String> cpf = Optional.empty();
        Optional<String> xNome = Optional.empty();
        AddressFields address = new AddressFields();
        Optional<String> email = Optional.empty();
        Optional<String> ie = Optional.empty();
        while (c.nextChild()) {
            if (address.read(c)) {
                continue;
            }
            switch (c.localName()) {
                case "CNPJ" -> cnpj = Optional.of(c.text());
                case "CPF" -> cpf = Optional.of(c.text());
                case "xNome" -> xNome = Optional.of(c.text());
                case "email" -> email = Optional.of(c.text());
                case "IE" -> ie = Optional.of(c.text());
                default -> c.skipUnknown();
            }
        }
        Ender place = address.ender(c);
        return new Local(cnpj, cpf, xNome, place.xLgr(), place.nro(), place.xCpl(), place.xBairro(), place.cMun(),
                place.xMun(), place.uf(), place.cep(), place.cPais(), place.xPais(), place.fone(), email, ie);
    }

    static AutXML readAutXML(XmlCursor c) throws XMLStreamException {
        Optional<String> cnpj = Optional.empty();
        Optional<String> cpf = Optional.empty();
        while (c.nextChild()) {
            switch (c.localName()) {
                case "CNPJ" -> cnpj = Optional.of(c.text());
                case "CPF" -> cpf = Optional.of(c.text());
                default -> c.skipUnknown();
            }
        }
        return new AutXML(cnpj, cpf);
    }
}
