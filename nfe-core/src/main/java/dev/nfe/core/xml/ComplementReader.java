package dev.nfe.core.xml;

import dev.nfe.core.model.Agropecuario;
import dev.nfe.core.model.Cana;
import dev.nfe.core.model.Compra;
import dev.nfe.core.model.Deduc;
import dev.nfe.core.model.Defensivo;
import dev.nfe.core.model.Exporta;
import dev.nfe.core.model.ForDia;
import dev.nfe.core.model.GuiaTransito;
import dev.nfe.core.model.InfIntermed;
import dev.nfe.core.model.InfNFeSupl;
import dev.nfe.core.model.InfPAA;
import dev.nfe.core.model.InfRespTec;
import dev.nfe.core.model.InfSolicNFF;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;

/**
 * Reads the complementary groups of {@code infNFe} after the additional information: intermediary, export,
 * purchase, sugar cane, technical party, agricultural data, and the NFC-e {@code infNFeSupl}.
 */
final class ComplementReader {

    private ComplementReader() {
    }

    static InfIntermed readInfIntermed(XmlCursor c) throws XMLStreamException {
        String cnpj = null;
        String idCadIntTran = null;
        while (c.nextChild()) {
            switch (c.localName()) {
                case "CNPJ" -> cnpj = c.text();
                case "idCadIntTran" -> idCadIntTran = c.text();
                default -> c.skipUnknown();
            }
        }
        return new InfIntermed(c.required(cnpj, "CNPJ"), c.required(idCadIntTran, "idCadIntTran"));
    }

    static Exporta readExporta(XmlCursor c) throws XMLStreamException {
        String ufSaidaPais = null;
        String xLocExporta = null;
        Optional<String> xLocDespacho = Optional.empty();
        while (c.nextChild()) {
            switch (c.localName()) {
                case "UFSaidaPais" -> ufSaidaPais = c.text();
                case "xLocExporta" -> xLocExporta = c.text();
                case "xLocDespacho" -> xLocDespacho = Optional.of(c.text());
                default -> c.skipUnknown();
            }
        }
        return new Exporta(c.required(ufSaidaPais, "UFSaidaPais"), c.required(xLocExporta, "xLocExporta"),
                xLocDespacho);
    }

    static Compra readCompra(XmlCursor c) throws XMLStreamException {
        Optional<String> xNEmp = Optional.empty();
        Optional<String> xPed = Optional.empty();
        Optional<String> xCont = Optional.empty();
        while (c.nextChild()) {
            switch (c.localName()) {
                case "xNEmp" -> xNEmp = Optional.of(c.text());
                case "xPed" -> xPed = Optional.of(c.text());
                case "xCont" -> xCont = Optional.of(c.text());
                default -> c.skipUnknown();
            }
        }
        return new Compra(xNEmp, xPed, xCont);
    }

    static Cana readCana(XmlCursor c) throws XMLStreamException {
        String safra = null;
        String ref = null;
        List<ForDia> forDia = new ArrayList<>();
        BigDecimal qTotMes = null;
        BigDecimal qTotAnt = null;
        BigDecimal qTotGer = null;
        List<Deduc> deduc = new ArrayList<>();
        BigDecimal vFor = null;
        BigDecimal vTotDed = null;
        BigDecimal vLiqFor = null;
        while (c.nextChild()) {
            switch (c.localName()) {
                case "safra" -> safra = c.text();
                case "ref" -> ref = c.text();
                case "forDia" -> forDia.add(readForDia(c));
                case "qTotMes" -> qTotMes = c.decimal();
                case "qTotAnt" -> qTotAnt = c.decimal();
                case "qTotGer" -> qTotGer = c.decimal();
                case "deduc" -> deduc.add(readDeduc(c));
                case "vFor" -> vFor = c.decimal();
                case "vTotDed" -> vTotDed = c.decimal();
                case "vLiqFor" -> vLiqFor = c.decimal();
                default -> c.skipUnknown();
            }
        }
        return new Cana(c.required(safra, "safra"), c.required(ref, "ref"), forDia, c.required(qTotMes, "qTotMes"),
                c.required(qTotAnt, "qTotAnt"), c.required(qTotGer, "qTotGer"), deduc, c.required(vFor, "vFor"),
                c.required(vTotDed, "vTotDed"), c.required(vLiqFor, "vLiqFor"));
    }

    static ForDia readForDia(XmlCursor c) throws XMLStreamException {
        String dia = c.attribute("dia").orElse(null);
        BigDecimal qtde = null;
        while (c.nextChild()) {
            switch (c.localName()) {
                case "qtde" -> qtde = c.decimal();
                default -> c.skipUnknown();
            }
        }
        return new ForDia(c.required(dia, "@dia"), c.required(qtde, "qtde"));
    }

    static Deduc readDeduc(XmlCursor c) throws XMLStreamException {
        String xDed = null;
        BigDecimal vDed = null;
        while (c.nextChild()) {
            switch (c.localName()) {
                case "xDed" -> xDed = c.text();
                case "vDed" -> vDed = c.decimal();
                default -> c.skipUnknown();
            }
        }
        return new Deduc(c.required(xDed, "xDed"), c.required(vDed, "vDed"));
    }

    static InfRespTec readInfRespTec(XmlCursor c) throws XMLStreamException {
        String cnpj = null;
        String xContato = null;
        String email = null;
        String fone = null;
        Optional<String> idCSRT = Optional.empty();
        Optional<String> hashCSRT = Optional.empty();
        while (c.nextChild()) {
            switch (c.localName()) {
                case "CNPJ" -> cnpj = c.text();
                case "xContato" -> xContato = c.text();
                case "email" -> email = c.text();
                case "fone" -> fone = c.text();
                case "idCSRT" -> idCSRT = Optional.of(c.text());
                case "hashCSRT" -> hashCSRT = Optional.of(c.text());
                default -> c.skipUnknown();
            }
        }
        return new InfRespTec(c.required(cnpj, "CNPJ"), c.required(xContato, "xContato"), c.required(email, "email"),
                c.required(fone, "fone"), idCSRT, hashCSRT);
    }

    static InfPAA readInfPAA(XmlCursor c) throws XMLStreamException {
        String cnpjPAA = null;
        PaaSignature signature = null;
        while (c.nextChild()) {
            switch (c.localName()) {
                case "CNPJPAA" -> cnpjPAA = c.text();
                case "PAASignature" -> signature = readPAASignature(c);
                default -> c.skipUnknown();
            }
        }
        PaaSignature paa = c.requiredGroup(signature, "PAASignature");
        return new InfPAA(c.required(cnpjPAA, "CNPJPAA"), paa.signatureValue(), paa.modulus(), paa.exponent());
    }

    /** The parts of a {@code PAASignature}, flattened into {@link InfPAA}. */
    private record PaaSignature(String signatureValue, String modulus, String exponent) {
    }

    private static PaaSignature readPAASignature(XmlCursor c) throws XMLStreamException {
        String signatureValue = null;
        String modulus = null;
        String exponent = null;
        while (c.nextChild()) {
            switch (c.localName()) {
                case "SignatureValue" -> signatureValue = c.text();
                case "RSAKeyValue" -> {
                    while (c.nextChild()) {
                        switch (c.localName()) {
                            case "Modulus" -> modulus = c.text();
                            case "Exponent" -> exponent = c.text();
                            default -> c.skipUnknown();
                        }
                    }
                }
                default -> c.skipUnknown();
            }
        }
        return new PaaSignature(c.required(signatureValue, "SignatureValue"), c.required(modulus, "RSAKeyValue/Modulus"),
                c.required(exponent, "RSAKeyValue/Exponent"));
    }

    static InfSolicNFF readInfSolicNFF(XmlCursor c) throws XMLStreamException {
        String xSolic = null;
        while (c.nextChild()) {
            switch (c.localName()) {
                case "xSolic" -> xSolic = c.text();
                default -> c.skipUnknown();
            }
        }
        return new InfSolicNFF(c.required(xSolic, "xSolic"));
    }

    static Agropecuario readAgropecuario(XmlCursor c) throws XMLStreamException {
        List<Defensivo> defensivo = new ArrayList<>();
        Optional<GuiaTransito> guiaTransito = Optional.empty();
        while (c.nextChild()) {
            switch (c.localName()) {
                case "defensivo" -> defensivo.add(readDefensivo(c));
                case "guiaTransito" -> guiaTransito = Optional.of(readGuiaTransito(c));
                default -> c.skipUnknown();
            }
        }
        return new Agropecuario(defensivo, guiaTransito);
    }

    static Defensivo readDefensivo(XmlCursor c) throws XMLStreamException {
        String nReceituario = null;
        String cpfRespTec = null;
        while (c.nextChild()) {
            switch (c.localName()) {
                case "nReceituario" -> nReceituario = c.text();
                case "CPFRespTec" -> cpfRespTec = c.text();
                default -> c.skipUnknown();
            }
        }
        return new Defensivo(c.required(nReceituario, "nReceituario"), c.required(cpfRespTec, "CPFRespTec"));
    }

    static GuiaTransito readGuiaTransito(XmlCursor c) throws XMLStreamException {
        String tpGuia = null;
        String ufGuia = null;
        Optional<String> serieGuia = Optional.empty();
        String nGuia = null;
        while (c.nextChild()) {
            switch (c.localName()) {
                case "tpGuia" -> tpGuia = c.text();
                case "UFGuia" -> ufGuia = c.text();
                case "serieGuia" -> serieGuia = Optional.of(c.text());
                case "nGuia" -> nGuia = c.text();
                default -> c.skipUnknown();
            }
        }
        return new GuiaTransito(c.required(tpGuia, "tpGuia"), c.required(ufGuia, "UFGuia"), serieGuia,
                c.required(nGuia, "nGuia"));
    }

    static InfNFeSupl readInfNFeSupl(XmlCursor c) throws XMLStreamException {
        String qrCode = null;
        Optional<String> urlChave = Optional.empty();
        while (c.nextChild()) {
            switch (c.localName()) {
                case "qrCode" -> qrCode = c.text();
                case "urlChave" -> urlChave = Optional.of(c.text());
                default -> c.skipUnknown();
            }
        }
        return new InfNFeSupl(c.required(qrCode, "qrCode"), urlChave);
    }
}
