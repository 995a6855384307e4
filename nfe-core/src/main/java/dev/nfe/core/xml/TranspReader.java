package dev.nfe.core.xml;

import dev.nfe.core.model.RetTransp;
import dev.nfe.core.model.Transp;
import dev.nfe.core.model.Transporta;
import dev.nfe.core.model.Veiculo;
import dev.nfe.core.model.Vol;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;

/** Reads the transport group ({@code transp}). */
final class TranspReader {

    private TranspReader() {
    }

    static Transp readTransp(XmlCursor c) throws XMLStreamException {
        String modFrete = null;
        Optional<Transporta> transporta = Optional.empty();
        Optional<RetTransp> retTransp = Optional.empty();
        Optional<Veiculo> veicTransp = Optional.empty();
        List<Veiculo> reboque = new ArrayList<>();
        Optional<String> vagao = Optional.empty();
        Optional<String> balsa = Optional.empty();
        List<Vol> vol = new ArrayList<>();
        while (c.nextChild()) {
            switch (c.localName()) {
                case "modFrete" -> modFrete = c.text();
                case "transporta" -> transporta = Optional.of(readTransporta(c));
                case "retTransp" -> retTransp = Optional.of(readRetTransp(c));
                case "veicTransp" -> veicTransp = Optional.of(readVeiculo(c));
                case "reboque" -> reboque.add(readVeiculo(c));
                case "vagao" -> vagao = Optional.of(c.text());
                case "balsa" -> balsa = Optional.of(c.text());
                case "vol" -> vol.add(readVol(c));
                default -> c.skipUnknown();
            }
        }
        return new Transp(c.required(modFrete, "modFrete"), transporta, retTransp, veicTransp, reboque, vagao, balsa,
                vol);
    }

    static Transporta readTransporta(XmlCursor c) throws XMLStreamException {
        Optional<String> cnpj = Optional.empty();
        Optional<String> cpf = Optional.empty();
        Optional<String> xNome = Optional.empty();
        Optional<String> ie = Optional.empty();
        Optional<String> xEnder = Optional.empty();
        Optional<String> xMun = Optional.empty();
        Optional<String> uf = Optional.empty();
        while (c.nextChild()) {
            switch (c.localName()) {
                case "CNPJ" -> cnpj = Optional.of(c.text());
                case "CPF" -> cpf = Optional.of(c.text());
                case "xNome" -> xNome = Optional.of(c.text());
                case "IE" -> ie = Optional.of(c.text());
                case "xEnder" -> xEnder = Optional.of(c.text());
                case "xMun" -> xMun = Optional.of(c.text());
                case "UF" -> uf = Optional.of(c.text());
                default -> c.skipUnknown();
            }
        }
        return new Transporta(cnpj, cpf, xNome, ie, xEnder, xMun, uf);
    }

    static RetTransp readRetTransp(XmlCursor c) throws XMLStreamException {
        BigDecimal vServ = null;
        BigDecimal vBCRet = null;
        BigDecimal pICMSRet = null;
        BigDecimal vICMSRet = null;
        String cfop = null;
        String cMunFG = null;
        while (c.nextChild()) {
            switch (c.localName()) {
                case "vServ" -> vServ = c.decimal();
                case "vBCRet" -> vBCRet = c.decimal();
                case "pICMSRet" -> pICMSRet = c.decimal();
                case "vICMSRet" -> vICMSRet = c.decimal();
                case "CFOP" -> cfop = c.text();
                case "cMunFG" -> cMunFG = c.text();
                default -> c.skipUnknown();
            }
        }
        return new RetTransp(c.required(vServ, "vServ"), c.required(vBCRet, "vBCRet"), c.required(pICMSRet, "pICMSRet"),
                c.required(vICMSRet, "vICMSRet"), c.required(cfop, "CFOP"), c.required(cMunFG, "cMunFG"));
    }

    static Veiculo readVeiculo(XmlCursor c) throws XMLStreamException {
        String placa = null;
        Optional<String> uf = Optional.empty();
        Optional<String> rntc = Optional.empty();
        while (c.nextChild()) {
            switch (c.localName()) {
                case "placa" -> placa = c.text();
                case "UF" -> uf = Optional.of(c.text());
                case "RNTC" -> rntc = Optional.of(c.text());
                default -> c.skipUnknown();
            }
        }
        return new Veiculo(c.required(placa, "placa"), uf, rntc);
    }

    static Vol readVol(XmlCursor c) throws XMLStreamException {
        Optional<String> qVol = Optional.empty();
        Optional<String> esp = Optional.empty();
        Optional<String> marca = Optional.empty();
        Optional<String> nVol = Optional.empty();
        Optional<BigDecimal> pesoL = Optional.empty();
        Optional<BigDecimal> pesoB = Optional.empty();
        List<String> lacres = new ArrayList<>();
        while (c.nextChild()) {
            switch (c.localName()) {
                case "qVol" -> qVol = Optional.of(c.text());
                case "esp" -> esp = Optional.of(c.text());
                case "marca" -> marca = Optional.of(c.text());
                case "nVol" -> nVol = Optional.of(c.text());
                case "pesoL" -> pesoL = Optional.of(c.decimal());
                case "pesoB" -> pesoB = Optional.of(c.decimal());
                case "lacres" -> {
                    while (c.nextChild()) {
                        if ("nLacre".equals(c.localName())) {
                            lacres.add(c.text());
                        } else {
                            c.skipUnknown();
                        }
                    }
                }
                default -> c.skipUnknown();
            }
        }
        return new Vol(qVol, esp, marca, nVol, pesoL, pesoB, lacres);
    }
}
