package dev.nfe.core.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An NF-e (model 55) or NFC-e (model 65) invoice: {@code infNFe} with its supplementary data and, when it came inside
 * an {@code nfeProc}, its authorisation protocol.
 *
 * @param chave {@code /NFe/infNFe/@Id} without its {@code NFe} prefix
 * @param versao {@code /NFe/infNFe/@versao}
 * @param ide {@code /NFe/infNFe/ide}
 * @param emit {@code /NFe/infNFe/emit}
 * @param avulsa {@code /NFe/infNFe/avulsa}
 * @param dest {@code /NFe/infNFe/dest}
 * @param retirada {@code /NFe/infNFe/retirada}
 * @param entrega {@code /NFe/infNFe/entrega}
 * @param autXML {@code /NFe/infNFe/autXML}
 * @param det {@code /NFe/infNFe/det}
 * @param total {@code /NFe/infNFe/total}
 * @param transp {@code /NFe/infNFe/transp}
 * @param cobr {@code /NFe/infNFe/cobr}
 * @param pag {@code /NFe/infNFe/pag}
 * @param infIntermed {@code /NFe/infNFe/infIntermed}
 * @param infAdic {@code /NFe/infNFe/infAdic}
 * @param exporta {@code /NFe/infNFe/exporta}
 * @param compra {@code /NFe/infNFe/compra}
 * @param cana {@code /NFe/infNFe/cana}
 * @param infRespTec {@code /NFe/infNFe/infRespTec}
 * @param infSolicNFF {@code /NFe/infNFe/infSolicNFF}
 * @param agropecuario {@code /NFe/infNFe/agropecuario}
 * @param infPAA {@code /NFe/infNFe/infPAA}
 * @param infNFeSupl {@code /NFe/infNFeSupl}
 * @param protNFe {@code /nfeProc/protNFe}
 * @param unmapped the elements of the document no typed field holds (see {@link UnmappedElement})
 */
public record Nfe(
        AccessKey chave,
        String versao,
        Ide ide,
        Emit emit,
        Optional<Avulsa> avulsa,
        Optional<Dest> dest,
        Optional<Local> retirada,
        Optional<Local> entrega,
        List<AutXML> autXML,
        List<Det> det,
        Total total,
        Transp transp,
        Optional<Cobr> cobr,
        Pag pag,
        Optional<InfIntermed> infIntermed,
        Optional<InfAdic> infAdic,
        Optional<Exporta> exporta,
        Optional<Compra> compra,
        Optional<Cana> cana,
        Optional<InfRespTec> infRespTec,
        Optional<InfSolicNFF> infSolicNFF,
        Optional<Agropecuario> agropecuario,
        Optional<InfPAA> infPAA,
        Optional<InfNFeSupl> infNFeSupl,
        Optional<ProtNFe> protNFe,
        List<UnmappedElement> unmapped) implements FiscalDocument {
    public Nfe {
        Objects.requireNonNull(chave, "chave");
        Objects.requireNonNull(versao, "versao");
        Objects.requireNonNull(ide, "ide");
        Objects.requireNonNull(emit, "emit");
        Objects.requireNonNull(avulsa, "avulsa");
        Objects.requireNonNull(dest, "dest");
        Objects.requireNonNull(retirada, "retirada");
        Objects.requireNonNull(entrega, "entrega");
        autXML = List.copyOf(autXML);
        det = List.copyOf(det);
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(transp, "transp");
        Objects.requireNonNull(cobr, "cobr");
        Objects.requireNonNull(pag, "pag");
        Objects.requireNonNull(infIntermed, "infIntermed");
        Objects.requireNonNull(infAdic, "infAdic");
        Objects.requireNonNull(exporta, "exporta");
        Objects.requireNonNull(compra, "compra");
        Objects.requireNonNull(cana, "cana");
        Objects.requireNonNull(infRespTec, "infRespTec");
        Objects.requireNonNull(infSolicNFF, "infSolicNFF");
        Objects.requireNonNull(agropecuario, "agropecuario");
        Objects.requireNonNull(infPAA, "infPAA");
        Objects.requireNonNull(infNFeSupl, "infNFeSupl");
        Objects.requireNonNull(protNFe, "protNFe");
        unmapped = List.copyOf(unmapped);
    }

    /** This note with {@code protNFe} as its authorisation protocol, as an {@code nfeProc} pairs them. */
    public Nfe withProtNFe(Optional<ProtNFe> protNFe) {
        return new Nfe(chave, versao, ide, emit, avulsa, dest, retirada, entrega, autXML, det, total, transp, cobr, pag,
                infIntermed, infAdic, exporta, compra, cana, infRespTec, infSolicNFF, agropecuario, infPAA,
                infNFeSupl,
                protNFe, unmapped);
    }

    @Override
    public Nfe withUnmapped(List<UnmappedElement> unmapped) {
        return new Nfe(chave, versao, ide, emit, avulsa, dest, retirada, entrega, autXML, det, total, transp, cobr, pag,
                infIntermed, infAdic, exporta, compra, cana, infRespTec, infSolicNFF, agropecuario, infPAA,
                infNFeSupl,
                protNFe, unmapped);
    }

    /** Whether this is an NFC-e (model 65) rather than an NF-e (model 55). */
    public boolean isNfce() {
        return ide.mod() == 65;
    }

    /** Whether the note came with a protocol authorising its use (cStat 100 or 150). */
    public boolean isAuthorized() {
        return protNFe.map(ProtNFe::isAuthorized).orElse(false);
    }
}
