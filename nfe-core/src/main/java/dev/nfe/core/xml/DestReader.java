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
                case "enderDest" -> enderDest = Optional.of(EmitReader.readEnder(c));
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
        String xLgr = null;
        String nro = null;
        Optional<String> xCpl = Optional.empty();
        String xBairro = null;
        String cMun = null;
        String xMun = null;
        String uf = null;
        Optional<String> cep = Optional.empty();
        Optional<String> cPais = Optional.empty();
        Optional<String> xPais = Optional.empty();
        Optional<String> fone = Optional.empty();
        Optional<String> email = Optional.empty();
        Optional<String> ie = Optional.empty();
        while (c.nextChild()) {
            switch (c.localName()) {
                case "CNPJ" -> cnpj = Optional.of(c.text());
                case "CPF" -> cpf = Optional.of(c.text());
                case "xNome" -> xNome = Optional.of(c.text());
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
                case "email" -> email = Optional.of(c.text());
                case "IE" -> ie = Optional.of(c.text());
                default -> c.skipUnknown();
            }
        }
        return new Local(cnpj, cpf, xNome, c.required(xLgr, "xLgr"), c.required(nro, "nro"), xCpl,
                c.required(xBairro, "xBairro"), c.required(cMun, "cMun"), c.required(xMun, "xMun"),
                c.required(uf, "UF"), cep, cPais, xPais, fone, email, ie);
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
