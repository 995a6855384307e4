package dev.nfe.core.xml;

import dev.nfe.core.model.Avulsa;
import dev.nfe.core.model.Emit;
import dev.nfe.core.model.Ender;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;

/** Reads the issuer ({@code emit}) and the issuing tax office of a nota avulsa ({@code avulsa}). */
final class EmitReader {

    private EmitReader() {
    }

    static Emit readEmit(XmlCursor c) throws XMLStreamException {
        Optional<String> cnpj = Optional.empty();
        Optional<String> cpf = Optional.empty();
        String xNome = null;
        Optional<String> xFant = Optional.empty();
        Ender enderEmit = null;
        String ie = null;
        Optional<String> iest = Optional.empty();
        Optional<String> im = Optional.empty();
        Optional<String> cnae = Optional.empty();
        Optional<String> crt = Optional.empty();
        Optional<String> isufEmit = Optional.empty();
        while (c.nextChild()) {
            switch (c.localName()) {
                case "CNPJ" -> cnpj = Optional.of(c.text());
                case "CPF" -> cpf = Optional.of(c.text());
                case "xNome" -> xNome = c.text();
                case "xFant" -> xFant = Optional.of(c.text());
                case "enderEmit" -> enderEmit = AddressFields.readEnder(c);
                case "IE" -> ie = c.text();
                case "IEST" -> iest = Optional.of(c.text());
                case "IM" -> im = Optional.of(c.text());
                case "CNAE" -> cnae = Optional.of(c.text());
                case "CRT" -> crt = Optional.of(c.text());
                case "ISUFEmit" -> isufEmit = Optional.of(c.text());
                default -> c.skipUnknown();
            }
        }
        return new Emit(cnpj, cpf, c.required(xNome, "xNome"), xFant, c.requiredGroup(enderEmit, "enderEmit"),
                c.required(ie, "IE"), iest, im, cnae, crt, isufEmit);
    }

    static Avulsa readAvulsa(XmlCursor c) throws XMLStreamException {
        String cnpj = null;
        String xOrgao = null;
        String matr = null;
        String xAgente = null;
        Optional<String> fone = Optional.empty();
        String uf = null;
        Optional<String> nDAR = Optional.empty();
        Optional<LocalDate> dEmi = Optional.empty();
        Optional<BigDecimal> vDAR = Optional.empty();
        String repEmi = null;
        Optional<LocalDate> dPag = Optional.empty();
        while (c.nextChild()) {
            switch (c.localName()) {
                case "CNPJ" -> cnpj = c.text();
                case "xOrgao" -> xOrgao = c.text();
                case "matr" -> matr = c.text();
                case "xAgente" -> xAgente = c.text();
                case "fone" -> fone = Optional.of(c.text());
                case "UF" -> uf = c.text();
                case "nDAR" -> nDAR = Optional.of(c.text());
                case "dEmi" -> dEmi = c.date();
                case "vDAR" -> vDAR = Optional.of(c.decimal());
                case "repEmi" -> repEmi = c.text();
                case "dPag" -> dPag = c.date();
                default -> c.skipUnknown();
            }
        }
        return new Avulsa(c.required(cnpj, "CNPJ"), c.required(xOrgao, "xOrgao"), c.required(matr, "matr"),
                c.required(xAgente, "xAgente"), fone, c.required(uf, "UF"), nDAR, dEmi, vDAR,
                c.required(repEmi, "repEmi"), dPag);
    }
}
