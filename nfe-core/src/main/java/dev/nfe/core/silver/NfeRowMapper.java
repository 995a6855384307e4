package dev.nfe.core.silver;

import static dev.nfe.core.model.LayoutPath.INF_NFE;
import static dev.nfe.core.model.LayoutPath.INF_NFE_SUPL;
import static dev.nfe.core.model.LayoutPath.NFE_PROC;
import static dev.nfe.core.model.LayoutPath.inNfeProc;
import static dev.nfe.core.silver.LayoutDecimals.MONEY;
import static dev.nfe.core.silver.LayoutDecimals.RATE;
import static dev.nfe.core.silver.LayoutDecimals.TEN_DECIMALS;

import dev.nfe.core.model.Agropecuario;
import dev.nfe.core.model.AutXML;
import dev.nfe.core.model.Avulsa;
import dev.nfe.core.model.Cana;
import dev.nfe.core.model.Cobr;
import dev.nfe.core.model.Compra;
import dev.nfe.core.model.Dest;
import dev.nfe.core.model.Emit;
import dev.nfe.core.model.Ender;
import dev.nfe.core.model.Exporta;
import dev.nfe.core.model.Fat;
import dev.nfe.core.model.GCompraGov;
import dev.nfe.core.model.GEstornoCred;
import dev.nfe.core.model.GPagAntecipado;
import dev.nfe.core.model.GuiaTransito;
import dev.nfe.core.model.IBSCBSTot;
import dev.nfe.core.model.ICMSTot;
import dev.nfe.core.model.ISSQNtot;
import dev.nfe.core.model.ISTot;
import dev.nfe.core.model.IbsCbsLayoutVariant;
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
import dev.nfe.core.model.RetTrib;
import dev.nfe.core.model.Total;
import dev.nfe.core.model.Transp;
import dev.nfe.core.spi.Column;
import dev.nfe.core.spi.ColumnType;
import dev.nfe.core.spi.Table;
import java.util.function.Function;

/** Maps an NF-e to its one row of {@code nfe}: identification, parties, totals, billing summary and protocol. */
final class NfeRowMapper implements RowMapper<Nfe> {

    /** The derived column naming the NT 2025.002 variant of the note's IBS/CBS groups. */
    static final String IBS_CBS_LAYOUT_VARIANT = "ibs_cbs_layout_variant";

    static final TableSpec<Nfe> SPEC = TableSpec.<Nfe>builder("nfe")
            .chave(TableSpec.NFE_CHAVE)
            .lineage()
            .column(new Column("doc_kind", ColumnType.TEXT, true, "the version's kind: nfe_proc (an "
                    + "nfeProc, with protNFe), nfe_signed (an NFe with its Signature), nfe_unsigned (an NFe without)"),
                    (nfe, context) -> docKind(nfe, context.version()))
            .row("infNFe", inNfeProc(INF_NFE), Function.identity(), infNFe -> infNFe
                    .text("@versao", Nfe::versao)
                    .group("ide", Nfe::ide, NfeRowMapper::ide)
                    .group("emit", Nfe::emit, NfeRowMapper::emit)
                    .optGroup("avulsa", Nfe::avulsa, NfeRowMapper::avulsa)
                    .optGroup("dest", Nfe::dest, NfeRowMapper::dest)
                    .optGroup("retirada", Nfe::retirada, NfeRowMapper::local)
                    .optGroup("entrega", Nfe::entrega, NfeRowMapper::local)
                    .group("autXML", Nfe::autXML, autXML -> autXML
                            .jsonArray("CNPJ", list -> list.stream().map(a -> a.cnpj().orElse(null)).toList())
                            .jsonArray("CPF", list -> list.stream().map(AutXML::cpf).map(c -> c.orElse(null)).toList()))
                    .container("total", Nfe::total, NfeRowMapper::total)
                    .group("transp", Nfe::transp, transp -> transp.text("modFrete", Transp::modFrete))
                    .optGroup("cobr", Nfe::cobr, cobr -> cobr.optGroup("fat", Cobr::fat, fat -> fat
                            .optText("nFat", Fat::nFat)
                            .optDecimal("vOrig", MONEY, Fat::vOrig)
                            .optDecimal("vDesc", MONEY, Fat::vDesc)
                            .optDecimal("vLiq", MONEY, Fat::vLiq)))
                    .group("pag", Nfe::pag, pag -> pag.optDecimal("vTroco", MONEY, Pag::vTroco))
                    .optGroup("infIntermed", Nfe::infIntermed, intermed -> intermed
                            .text("CNPJ", InfIntermed::cnpj)
                            .text("idCadIntTran", InfIntermed::idCadIntTran))
                    .optGroup("infAdic", Nfe::infAdic, infAdic -> infAdic
                            .optText("infAdFisco", InfAdic::infAdFisco)
                            .optText("infCpl", InfAdic::infCpl))
                    .optGroup("exporta", Nfe::exporta, exporta -> exporta
                            .text("UFSaidaPais", Exporta::ufSaidaPais)
                            .text("xLocExporta", Exporta::xLocExporta)
                            .optText("xLocDespacho", Exporta::xLocDespacho))
                    .optGroup("compra", Nfe::compra, compra -> compra
                            .optText("xNEmp", Compra::xNEmp)
                            .optText("xPed", Compra::xPed)
                            .optText("xCont", Compra::xCont))
                    .optGroup("cana", Nfe::cana, NfeRowMapper::cana)
                    .optGroup("infRespTec", Nfe::infRespTec, resp -> resp
                            .text("CNPJ", InfRespTec::cnpj)
                            .text("xContato", InfRespTec::xContato)
                            .text("email", InfRespTec::email)
                            .text("fone", InfRespTec::fone)
                            .optText("idCSRT", InfRespTec::idCSRT)
                            .optText("hashCSRT", InfRespTec::hashCSRT))
                    .optGroup("infSolicNFF", Nfe::infSolicNFF, solic -> solic.text("xSolic", InfSolicNFF::xSolic))
                    .optGroup("agropecuario", Nfe::agropecuario, agro -> agro
                            .optGroup("guiaTransito", Agropecuario::guiaTransito, guia -> guia
                                    .text("tpGuia", GuiaTransito::tpGuia)
                                    .text("UFGuia", GuiaTransito::ufGuia)
                                    .optText("serieGuia", GuiaTransito::serieGuia)
                                    .text("nGuia", GuiaTransito::nGuia)))
                    .optGroup("infPAA", Nfe::infPAA, paa -> paa
                            .text("CNPJPAA", InfPAA::cnpjPAA)
                            .fold("PAASignature", Function.identity(), signature -> signature
                                    .text("SignatureValue", InfPAA::signatureValue)
                                    .fold("RSAKeyValue", Function.identity(), key -> key
                                            .text("Modulus", InfPAA::modulus)
                                            .text("Exponent", InfPAA::exponent)))))
            .optGroupAt("infNFeSupl", inNfeProc(INF_NFE_SUPL), Nfe::infNFeSupl, supl -> supl
                    .text("qrCode", InfNFeSupl::qrCode)
                    .optText("urlChave", InfNFeSupl::urlChave))
            .optGroupAt("protNFe", NFE_PROC + "/protNFe", Nfe::protNFe, prot -> prot
                    .text("@versao", ProtNFe::versao)
                    .fold("infProt", Function.identity(), infProt -> infProt
                            .optText("@Id", ProtNFe::id)
                            .text("tpAmb", ProtNFe::tpAmb)
                            .text("verAplic", ProtNFe::verAplic)
                            .text("chNFe", ProtNFe::chNFe)
                            .optTimestamp("dhRecbto", ProtNFe::dhRecbto)
                            .optText("nProt", ProtNFe::nProt)
                            .optText("digVal", ProtNFe::digVal)
                            .text("cStat", ProtNFe::cStat)
                            .text("xMotivo", ProtNFe::xMotivo)
                            .optText("cMsg", ProtNFe::cMsg)
                            .optText("xMsg", ProtNFe::xMsg)))
            .column(new Column(IBS_CBS_LAYOUT_VARIANT, ColumnType.TEXT, false, "the NT 2025.002 variant (1.00,"
                    + " 1.20, 1.30, 1.40) the IBS/CBS element names show, derived; NULL without IBS/CBS"),
                    (nfe, context) -> IbsCbsLayoutVariant.of(nfe).orElse(null))
            .build();

    @Override
    public Table table() {
        return SPEC.table();
    }

    @Override
    public void emit(Nfe nfe, RowContext context, RowSink sink) {
        sink.accept(SPEC.table(), SPEC.row(nfe, context));
    }

    private static void ide(TableSpec.Group<Nfe, Ide> ide) {
        ide.text("cUF", Ide::cUF)
                .text("cNF", Ide::cNF)
                .text("natOp", Ide::natOp)
                .optText("indPag", Ide::indPag)
                .integer("mod", Ide::mod)
                .integer("serie", Ide::serie)
                .longValue("nNF", Ide::nNF)
                .optTimestamp("dhEmi", Ide::dhEmi)
                .optDate("dEmi", Ide::dEmi)
                .optTimestamp("dhSaiEnt", Ide::dhSaiEnt)
                .optDate("dSaiEnt", Ide::dSaiEnt)
                .optTime("hSaiEnt", Ide::hSaiEnt)
                .optDate("dPrevEntrega", Ide::dPrevEntrega)
                .text("tpNF", Ide::tpNF)
                .optText("idDest", Ide::idDest)
                .text("cMunFG", Ide::cMunFG)
                .optText("cMunFGIBS", Ide::cMunFGIBS)
                .text("tpImp", Ide::tpImp)
                .text("tpEmis", Ide::tpEmis)
                .text("cDV", Ide::cDV)
                .text("tpAmb", Ide::tpAmb)
                .text("finNFe", Ide::finNFe)
                .optText("tpNFDebito", Ide::tpNFDebito)
                .optText("tpNFCredito", Ide::tpNFCredito)
                .optText("indFinal", Ide::indFinal)
                .optText("indPres", Ide::indPres)
                .optText("indIntermed", Ide::indIntermed)
                .optText("cIndOp", Ide::cIndOp)
                .text("procEmi", Ide::procEmi)
                .text("verProc", Ide::verProc)
                .optTimestamp("dhCont", Ide::dhCont)
                .optText("xJust", Ide::xJust)
                .optGroup("gCompraGov", Ide::gCompraGov, gov -> gov
                        .text("tpEnteGov", GCompraGov::tpEnteGov)
                        .decimal("pRedutor", RATE, GCompraGov::pRedutor)
                        .text("tpOperGov", GCompraGov::tpOperGov)
                        .jsonArray("refDFeAnt", GCompraGov::refDFeAnt))
                .optGroup("gPagAntecipado", Ide::gPagAntecipado, antecipado -> antecipado
                        .jsonArray("refNFe", GPagAntecipado::refNFe));
    }

    private static void emit(TableSpec.Group<Nfe, Emit> emit) {
        emit.optText("CNPJ", Emit::cnpj)
                .optText("CPF", Emit::cpf)
                .text("xNome", Emit::xNome)
                .optText("xFant", Emit::xFant)
                .fold("enderEmit", Emit::enderEmit, NfeRowMapper::ender)
                .text("IE", Emit::ie)
                .optText("IEST", Emit::iest)
                .optText("IM", Emit::im)
                .optText("CNAE", Emit::cnae)
                .optText("CRT", Emit::crt)
                .optText("ISUFEmit", Emit::isufEmit);
    }

    private static void dest(TableSpec.Group<Nfe, Dest> dest) {
        dest.optText("CNPJ", Dest::cnpj)
                .optText("CPF", Dest::cpf)
                .optText("idEstrangeiro", Dest::idEstrangeiro)
                .optText("xNome", Dest::xNome)
                .optFold("enderDest", Dest::enderDest, NfeRowMapper::ender)
                .optText("indIEDest", Dest::indIEDest)
                .optText("IE", Dest::ie)
                .optText("ISUF", Dest::isuf)
                .optText("IM", Dest::im)
                .optText("email", Dest::email);
    }

    private static void ender(TableSpec.Group<Nfe, Ender> ender) {
        ender.text("xLgr", Ender::xLgr)
                .text("nro", Ender::nro)
                .optText("xCpl", Ender::xCpl)
                .text("xBairro", Ender::xBairro)
                .text("cMun", Ender::cMun)
                .text("xMun", Ender::xMun)
                .text("UF", Ender::uf)
                .optText("CEP", Ender::cep)
                .optText("cPais", Ender::cPais)
                .optText("xPais", Ender::xPais)
                .optText("fone", Ender::fone);
    }

    private static void avulsa(TableSpec.Group<Nfe, Avulsa> avulsa) {
        avulsa.text("CNPJ", Avulsa::cnpj)
                .text("xOrgao", Avulsa::xOrgao)
                .text("matr", Avulsa::matr)
                .text("xAgente", Avulsa::xAgente)
                .optText("fone", Avulsa::fone)
                .text("UF", Avulsa::uf)
                .optText("nDAR", Avulsa::nDAR)
                .optDate("dEmi", Avulsa::dEmi)
                .optDecimal("vDAR", MONEY, Avulsa::vDAR)
                .text("repEmi", Avulsa::repEmi)
                .optDate("dPag", Avulsa::dPag);
    }

    private static void local(TableSpec.Group<Nfe, Local> local) {
        local.optText("CNPJ", Local::cnpj)
                .optText("CPF", Local::cpf)
                .optText("xNome", Local::xNome)
                .text("xLgr", Local::xLgr)
                .text("nro", Local::nro)
                .optText("xCpl", Local::xCpl)
                .text("xBairro", Local::xBairro)
                .text("cMun", Local::cMun)
                .text("xMun", Local::xMun)
                .text("UF", Local::uf)
                .optText("CEP", Local::cep)
                .optText("cPais", Local::cPais)
                .optText("xPais", Local::xPais)
                .optText("fone", Local::fone)
                .optText("email", Local::email)
                .optText("IE", Local::ie);
    }

    private static void total(TableSpec.Group<Nfe, Total> total) {
        total.group("ICMSTot", Total::icmsTot, NfeRowMapper::icmsTot)
                .optGroup("ISSQNtot", Total::issqNtot, NfeRowMapper::issqnTot)
                .optGroup("retTrib", Total::retTrib, NfeRowMapper::retTrib)
                .optGroup("ISTot", Total::isTot, isTot -> isTot.decimal("vIS", MONEY, ISTot::vIS))
                .optGroup("IBSCBSTot", Total::ibscbsTot, NfeRowMapper::ibscbsTot)
                .optDecimal("vNFTot", MONEY, Total::vNFTot);
    }

    private static void icmsTot(TableSpec.Group<Nfe, ICMSTot> tot) {
        // qBCMono* are TDec_1302 in ICMSTot, unlike their TDec_1104v item counterparts.
        tot.decimal("vBC", MONEY, ICMSTot::vBC)
                .decimal("vICMS", MONEY, ICMSTot::vICMS)
                .optDecimal("vICMSDeson", MONEY, ICMSTot::vICMSDeson)
                .optDecimal("vFCPUFDest", MONEY, ICMSTot::vFCPUFDest)
                .optDecimal("vICMSUFDest", MONEY, ICMSTot::vICMSUFDest)
                .optDecimal("vICMSUFRemet", MONEY, ICMSTot::vICMSUFRemet)
                .optDecimal("vFCP", MONEY, ICMSTot::vFCP)
                .decimal("vBCST", MONEY, ICMSTot::vBCST)
                .decimal("vST", MONEY, ICMSTot::vST)
                .optDecimal("vFCPST", MONEY, ICMSTot::vFCPST)
                .optDecimal("vFCPSTRet", MONEY, ICMSTot::vFCPSTRet)
                .optDecimal("qBCMono", MONEY, ICMSTot::qBCMono)
                .optDecimal("vICMSMono", MONEY, ICMSTot::vICMSMono)
                .optDecimal("qBCMonoReten", MONEY, ICMSTot::qBCMonoReten)
                .optDecimal("vICMSMonoReten", MONEY, ICMSTot::vICMSMonoReten)
                .optDecimal("qBCMonoRet", MONEY, ICMSTot::qBCMonoRet)
                .optDecimal("vICMSMonoRet", MONEY, ICMSTot::vICMSMonoRet)
                .decimal("vProd", MONEY, ICMSTot::vProd)
                .decimal("vFrete", MONEY, ICMSTot::vFrete)
                .decimal("vSeg", MONEY, ICMSTot::vSeg)
                .decimal("vDesc", MONEY, ICMSTot::vDesc)
                .decimal("vII", MONEY, ICMSTot::vII)
                .decimal("vIPI", MONEY, ICMSTot::vIPI)
                .optDecimal("vIPIDevol", MONEY, ICMSTot::vIPIDevol)
                .decimal("vPIS", MONEY, ICMSTot::vPIS)
                .decimal("vCOFINS", MONEY, ICMSTot::vCOFINS)
                .decimal("vOutro", MONEY, ICMSTot::vOutro)
                .decimal("vNF", MONEY, ICMSTot::vNF)
                .optDecimal("vTotTrib", MONEY, ICMSTot::vTotTrib);
    }

    private static void issqnTot(TableSpec.Group<Nfe, ISSQNtot> tot) {
        tot.optDecimal("vServ", MONEY, ISSQNtot::vServ)
                .optDecimal("vBC", MONEY, ISSQNtot::vBC)
                .optDecimal("vISS", MONEY, ISSQNtot::vISS)
                .optDecimal("vPIS", MONEY, ISSQNtot::vPIS)
                .optDecimal("vCOFINS", MONEY, ISSQNtot::vCOFINS)
                .optDate("dCompet", ISSQNtot::dCompet)
                .optDecimal("vDeducao", MONEY, ISSQNtot::vDeducao)
                .optDecimal("vOutro", MONEY, ISSQNtot::vOutro)
                .optDecimal("vDescIncond", MONEY, ISSQNtot::vDescIncond)
                .optDecimal("vDescCond", MONEY, ISSQNtot::vDescCond)
                .optDecimal("vISSRet", MONEY, ISSQNtot::vISSRet)
                .optText("cRegTrib", ISSQNtot::cRegTrib);
    }

    private static void retTrib(TableSpec.Group<Nfe, RetTrib> ret) {
        ret.optDecimal("vRetPIS", MONEY, RetTrib::vRetPIS)
                .optDecimal("vRetCOFINS", MONEY, RetTrib::vRetCOFINS)
                .optDecimal("vRetCSLL", MONEY, RetTrib::vRetCSLL)
                .optDecimal("vBCIRRF", MONEY, RetTrib::vBCIRRF)
                .optDecimal("vIRRF", MONEY, RetTrib::vIRRF)
                .optDecimal("vBCRetPrev", MONEY, RetTrib::vBCRetPrev)
                .optDecimal("vRetPrev", MONEY, RetTrib::vRetPrev);
    }

    private static void ibscbsTot(TableSpec.Group<Nfe, IBSCBSTot> tot) {
        tot.decimal("vBCIBSCBS", MONEY, IBSCBSTot::vBCIBSCBS)
                .optGroup("gIBS", IBSCBSTot::gIBS, gIBS -> gIBS
                        .group("gIBSUF", IBSCBSTot.GIBS::gIBSUF, uf -> uf
                                .decimal("vDif", MONEY, IBSCBSTot.GIBSUF::vDif)
                                .decimal("vDevTrib", MONEY, IBSCBSTot.GIBSUF::vDevTrib)
                                .decimal("vIBSUF", MONEY, IBSCBSTot.GIBSUF::vIBSUF))
                        .group("gIBSMun", IBSCBSTot.GIBS::gIBSMun, mun -> mun
                                .decimal("vDif", MONEY, IBSCBSTot.GIBSMun::vDif)
                                .decimal("vDevTrib", MONEY, IBSCBSTot.GIBSMun::vDevTrib)
                                .decimal("vIBSMun", MONEY, IBSCBSTot.GIBSMun::vIBSMun))
                        .decimal("vIBS", MONEY, IBSCBSTot.GIBS::vIBS)
                        .decimal("vCredPres", MONEY, IBSCBSTot.GIBS::vCredPres)
                        .decimal("vCredPresCondSus", MONEY, IBSCBSTot.GIBS::vCredPresCondSus))
                .optGroup("gCBS", IBSCBSTot::gCBS, gCBS -> gCBS
                        .decimal("vDif", MONEY, IBSCBSTot.GCBS::vDif)
                        .decimal("vDevTrib", MONEY, IBSCBSTot.GCBS::vDevTrib)
                        .decimal("vCBS", MONEY, IBSCBSTot.GCBS::vCBS)
                        .decimal("vCredPres", MONEY, IBSCBSTot.GCBS::vCredPres)
                        .decimal("vCredPresCondSus", MONEY, IBSCBSTot.GCBS::vCredPresCondSus))
                .optGroup("gMono", IBSCBSTot::gMono, gMono -> gMono
                        .decimal("vIBSMono", MONEY, IBSCBSTot.GMono::vIBSMono)
                        .decimal("vCBSMono", MONEY, IBSCBSTot.GMono::vCBSMono)
                        .decimal("vIBSMonoReten", MONEY, IBSCBSTot.GMono::vIBSMonoReten)
                        .decimal("vCBSMonoReten", MONEY, IBSCBSTot.GMono::vCBSMonoReten)
                        .decimal("vIBSMonoRet", MONEY, IBSCBSTot.GMono::vIBSMonoRet)
                        .decimal("vCBSMonoRet", MONEY, IBSCBSTot.GMono::vCBSMonoRet))
                .optGroup("gEstornoCred", IBSCBSTot::gEstornoCred, estorno -> estorno
                        .decimal("vIBSEstCred", MONEY, GEstornoCred::vIBSEstCred)
                        .decimal("vCBSEstCred", MONEY, GEstornoCred::vCBSEstCred));
    }

    private static void cana(TableSpec.Group<Nfe, Cana> cana) {
        cana.text("safra", Cana::safra)
                .text("ref", Cana::ref)
                .decimal("qTotMes", TEN_DECIMALS, Cana::qTotMes)
                .decimal("qTotAnt", TEN_DECIMALS, Cana::qTotAnt)
                .decimal("qTotGer", TEN_DECIMALS, Cana::qTotGer)
                .decimal("vFor", MONEY, Cana::vFor)
                .decimal("vTotDed", MONEY, Cana::vTotDed)
                .decimal("vLiqFor", MONEY, Cana::vLiqFor);
    }

    /** The {@code doc_kind} of {@code nfe}: the values SCHEMA.md lists, stable across releases. */
    static String docKind(Nfe nfe, DocumentVersion version) {
        if (nfe.protNFe().isPresent()) {
            return "nfe_proc";
        }
        return version.signed() ? "nfe_signed" : "nfe_unsigned";
    }
}
