package dev.nfe.core.xml;

import dev.nfe.core.model.AccessKey;
import dev.nfe.core.model.Agropecuario;
import dev.nfe.core.model.AutXML;
import dev.nfe.core.model.Avulsa;
import dev.nfe.core.model.Cana;
import dev.nfe.core.model.Cobr;
import dev.nfe.core.model.Compra;
import dev.nfe.core.model.Dest;
import dev.nfe.core.model.Det;
import dev.nfe.core.model.Emit;
import dev.nfe.core.model.Exporta;
import dev.nfe.core.model.Ide;
import dev.nfe.core.model.InfAdic;
import dev.nfe.core.model.InfIntermed;
import dev.nfe.core.model.InfNFeSupl;
import dev.nfe.core.model.InfPAA;
import dev.nfe.core.model.InfRespTec;
import dev.nfe.core.model.InfSolicNFF;
import dev.nfe.core.model.Local;
import dev.nfe.core.model.Nfe;
import dev.nfe.core.model.Pag;
import dev.nfe.core.model.ProtNFe;
import dev.nfe.core.model.Total;
import dev.nfe.core.model.Transp;
import dev.nfe.core.spi.Finding;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;

/** Reads an {@code NFe} element (infNFe, infNFeSupl, the signature skipped) and the {@code protNFe} of an nfeProc. */
final class NfeReader {
    private static final String ID_PREFIX = "NFe";

    private NfeReader() {
    }

    /** Reads the {@code NFe} element the cursor is on; the protocol, read apart, is added by the caller. */
    static Nfe read(XmlCursor c) throws XMLStreamException {
        return read(c, XmlCursor::skipUnknown);
    }

    /**
     * Reads the {@code NFe} element the cursor is on, handing each event some producers store inside it
     * ({@code procEventoNFe}, {@code retEvento}, {@code retEnvEvento}, {@code evento}, {@code envEvento}) to
     * {@code events}, which must consume the element.
     */
    static Nfe read(XmlCursor c, NestedReader events) throws XMLStreamException {
        Nfe nfe = null;
        Optional<InfNFeSupl> infNFeSupl = Optional.empty();
        while (c.nextChild()) {
            switch (c.localName()) {
                case "infNFe" -> nfe = readInfNFe(c);
                case "infNFeSupl" -> infNFeSupl = Optional.of(ComplementReader.readInfNFeSupl(c));
                case "Signature" -> c.skip();
                case "procEventoNFe", "retEvento", "retEnvEvento", "evento", "envEvento" -> events.read(c);
                default -> c.skipUnknown();
            }
        }
        nfe = c.requiredGroup(nfe, "infNFe");
        if (infNFeSupl.isEmpty()) {
            return nfe;
        }
        return new Nfe(nfe.chave(), nfe.versao(), nfe.ide(), nfe.emit(), nfe.avulsa(), nfe.dest(), nfe.retirada(),
                nfe.entrega(), nfe.autXML(), nfe.det(), nfe.total(), nfe.transp(), nfe.cobr(), nfe.pag(),
                nfe.infIntermed(), nfe.infAdic(), nfe.exporta(), nfe.compra(), nfe.cana(), nfe.infRespTec(),
                nfe.infSolicNFF(), nfe.agropecuario(), nfe.infPAA(), infNFeSupl, nfe.protNFe(), nfe.unmapped());
    }

    private static Nfe readInfNFe(XmlCursor c) throws XMLStreamException {
        Optional<String> id = c.attribute("Id");
        String versao = c.attribute("versao").orElse(null);
        c.layoutVersion(versao);
        Ide ide = null;
        Emit emit = null;
        Optional<Avulsa> avulsa = Optional.empty();
        Optional<Dest> dest = Optional.empty();
        Optional<Local> retirada = Optional.empty();
        Optional<Local> entrega = Optional.empty();
        List<AutXML> autXML = new ArrayList<>();
        List<Det> det = new ArrayList<>();
        Total total = null;
        Transp transp = null;
        Optional<Cobr> cobr = Optional.empty();
        Pag pag = null;
        Optional<InfIntermed> infIntermed = Optional.empty();
        Optional<InfAdic> infAdic = Optional.empty();
        Optional<Exporta> exporta = Optional.empty();
        Optional<Compra> compra = Optional.empty();
        Optional<Cana> cana = Optional.empty();
        Optional<InfRespTec> infRespTec = Optional.empty();
        Optional<InfSolicNFF> infSolicNFF = Optional.empty();
        Optional<Agropecuario> agropecuario = Optional.empty();
        Optional<InfPAA> infPAA = Optional.empty();
        while (c.nextChild()) {
            switch (c.localName()) {
                case "ide" -> ide = IdeReader.readIde(c);
                case "emit" -> emit = EmitReader.readEmit(c);
                case "avulsa" -> avulsa = Optional.of(EmitReader.readAvulsa(c));
                case "dest" -> dest = Optional.of(DestReader.readDest(c));
                case "retirada" -> retirada = Optional.of(DestReader.readLocal(c));
                case "entrega" -> entrega = Optional.of(DestReader.readLocal(c));
                case "autXML" -> autXML.add(DestReader.readAutXML(c));
                case "det" -> det.add(DetReader.readDet(c));
                case "total" -> total = TotalReader.readTotal(c);
                case "transp" -> transp = TranspReader.readTransp(c);
                case "cobr" -> cobr = Optional.of(CobrReader.readCobr(c));
                case "pag" -> pag = pag == null ? PagReader.readPag(c) : PagReader.merge(pag, PagReader.readPag(c));
                case "infIntermed" -> infIntermed = Optional.of(ComplementReader.readInfIntermed(c));
                case "infAdic" -> infAdic = Optional.of(InfAdicReader.readInfAdic(c));
                case "exporta" -> exporta = Optional.of(ComplementReader.readExporta(c));
                case "compra" -> compra = Optional.of(ComplementReader.readCompra(c));
                case "cana" -> cana = Optional.of(ComplementReader.readCana(c));
                case "infRespTec" -> infRespTec = Optional.of(ComplementReader.readInfRespTec(c));
                case "infSolicNFF" -> infSolicNFF = Optional.of(ComplementReader.readInfSolicNFF(c));
                case "agropecuario" -> agropecuario = Optional.of(ComplementReader.readAgropecuario(c));
                case "infPAA" -> infPAA = Optional.of(ComplementReader.readInfPAA(c));
                default -> c.skipUnknown();
            }
        }
        AccessKey chave = chave(c, id);
        if (det.isEmpty()) {
            c.error(NfeXmlDeserializer.REQUIRED_MISSING, "An NF-e must have at least one det");
        }
        return new Nfe(chave, c.required(versao, "@versao"), c.requiredGroup(ide, "ide"),
                c.requiredGroup(emit, "emit"), avulsa, dest, retirada, entrega, autXML, det,
                c.requiredGroup(total, "total"), c.requiredGroup(transp, "transp"), cobr,
                pag == null ? new Pag(List.of(), Optional.empty()) : pag, infIntermed, infAdic, exporta, compra, cana,
                infRespTec, infSolicNFF, agropecuario, infPAA, Optional.empty(), Optional.empty(), List.of());
    }

    /** The chave is infNFe/@Id without its {@code NFe} prefix; a document without it cannot be keyed. */
    private static AccessKey chave(XmlCursor c, Optional<String> id) throws RejectedDocumentException {
        String value = id.map(String::strip).orElse("");
        if (value.startsWith(ID_PREFIX)) {
            value = value.substring(ID_PREFIX.length());
        } else if (!value.isEmpty()) {
            c.error(NfeXmlDeserializer.CHAVE_INVALID, "infNFe/@Id '" + value + "' does not start with NFe");
        }
        if (value.isBlank()) {
            throw new RejectedDocumentException(Finding.error(NfeXmlDeserializer.REQUIRED_MISSING,
                    c.closedPath() + "/@Id", "Cannot read the NF-e: infNFe/@Id, its chave, is missing"));
        }
        return new AccessKey(value);
    }

    /** Reads a {@code protNFe} element: its infProt, the signature skipped. */
    static ProtNFe readProtNFe(XmlCursor c) throws XMLStreamException {
        String versao = c.attribute("versao").orElse(null);
        ProtNFe prot = null;
        while (c.nextChild()) {
            switch (c.localName()) {
                case "infProt" -> prot = readInfProt(c, versao);
                case "Signature" -> c.skip();
                default -> c.skipUnknown();
            }
        }
        return c.requiredGroup(prot, "infProt");
    }

    private static ProtNFe readInfProt(XmlCursor c, String versao) throws XMLStreamException {
        Optional<String> id = c.attribute("Id");
        String tpAmb = null;
        String verAplic = null;
        String chNFe = null;
        Optional<OffsetDateTime> dhRecbto = Optional.empty();
        Optional<String> nProt = Optional.empty();
        Optional<String> digVal = Optional.empty();
        String cStat = null;
        String xMotivo = null;
        Optional<String> cMsg = Optional.empty();
        Optional<String> xMsg = Optional.empty();
        while (c.nextChild()) {
            switch (c.localName()) {
                case "tpAmb" -> tpAmb = c.text();
                case "verAplic" -> verAplic = c.text();
                case "chNFe" -> chNFe = c.text();
                case "dhRecbto" -> dhRecbto = c.dateTime();
                case "nProt" -> nProt = Optional.of(c.text());
                case "digVal" -> digVal = Optional.of(c.text());
                case "cStat" -> cStat = c.text();
                case "xMotivo" -> xMotivo = c.text();
                case "cMsg" -> cMsg = Optional.of(c.text());
                case "xMsg" -> xMsg = Optional.of(c.text());
                default -> c.skipUnknown();
            }
        }
        return new ProtNFe(versao == null ? "" : versao, id, c.required(tpAmb, "tpAmb"),
                c.required(verAplic, "verAplic"), c.required(chNFe, "chNFe"), dhRecbto, nProt, digVal,
                c.required(cStat, "cStat"), c.required(xMotivo, "xMotivo"), cMsg, xMsg);
    }

    /** Reads (or skips) an element nested in another document, the cursor on its start tag. */
    @FunctionalInterface
    interface NestedReader {
        void read(XmlCursor c) throws XMLStreamException;
    }
}
