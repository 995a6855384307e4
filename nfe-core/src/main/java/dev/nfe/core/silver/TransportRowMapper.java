package dev.nfe.core.silver;

import static dev.nfe.core.model.LayoutPath.INF_NFE;
import static dev.nfe.core.model.LayoutPath.inNfeProc;
import static dev.nfe.core.silver.LayoutDecimals.MONEY;
import static dev.nfe.core.silver.LayoutDecimals.RATE;

import dev.nfe.core.model.Nfe;
import dev.nfe.core.model.RetTransp;
import dev.nfe.core.model.Transp;
import dev.nfe.core.model.Transporta;
import dev.nfe.core.model.Veiculo;
import dev.nfe.core.spi.Table;
import java.util.Optional;
import java.util.function.Function;

/**
 * Maps the transport of an NF-e ({@code transp}) to its one row of {@code nfe_transport}: the carrier, the ICMS
 * withheld on the freight, and the vehicle, with the trailers as JSON arrays. The volumes are in {@code nfe_volume}.
 */
final class TransportRowMapper implements RowMapper<Nfe> {

    static final TableSpec<Transp> SPEC = TableSpec.<Transp>builder("nfe_transport")
            .chave(TableSpec.NFE_CHAVE)
            .lineage()
            .row("transp", inNfeProc(INF_NFE) + "/transp", Function.identity(), transp -> transp
                    .text("modFrete", Transp::modFrete)
                    .optGroup("transporta", Transp::transporta, carrier -> carrier
                            .optText("CNPJ", Transporta::cnpj)
                            .optText("CPF", Transporta::cpf)
                            .optText("xNome", Transporta::xNome)
                            .optText("IE", Transporta::ie)
                            .optText("xEnder", Transporta::xEnder)
                            .optText("xMun", Transporta::xMun)
                            .optText("UF", Transporta::uf))
                    .optGroup("retTransp", Transp::retTransp, ret -> ret
                            .decimal("vServ", MONEY, RetTransp::vServ)
                            .decimal("vBCRet", MONEY, RetTransp::vBCRet)
                            .decimal("pICMSRet", RATE, RetTransp::pICMSRet)
                            .decimal("vICMSRet", MONEY, RetTransp::vICMSRet)
                            .text("CFOP", RetTransp::cfop)
                            .text("cMunFG", RetTransp::cMunFG))
                    .optGroup("veicTransp", Transp::veicTransp, veic -> veic
                            .text("placa", Veiculo::placa)
                            .optText("UF", Veiculo::uf)
                            .optText("RNTC", Veiculo::rntc))
                    .group("reboque", Transp::reboque, reboque -> reboque
                            .jsonArray("placa", list -> list.stream().map(Veiculo::placa).toList())
                            .jsonArray("UF", list -> list.stream().map(v -> orNull(v.uf())).toList())
                            .jsonArray("RNTC", list -> list.stream().map(v -> orNull(v.rntc())).toList()))
                    .optText("vagao", Transp::vagao)
                    .optText("balsa", Transp::balsa))
            .build();

    @Override
    public Table table() {
        return SPEC.table();
    }

    @Override
    public void emit(Nfe nfe, RowContext context, RowSink sink) {
        sink.accept(SPEC.table(), SPEC.row(nfe.transp(), context));
    }

    /** A JSON array entry: {@code null} keeps the positions of the parallel arrays aligned. */
    private static String orNull(Optional<String> value) {
        return value.orElse(null);
    }
}
