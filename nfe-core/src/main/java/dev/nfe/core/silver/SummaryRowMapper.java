package dev.nfe.core.silver;

import static dev.nfe.core.model.LayoutPath.RES_NFE;
import static dev.nfe.core.silver.LayoutDecimals.MONEY;

import dev.nfe.core.model.NfeSummary;
import dev.nfe.core.spi.Table;
import java.util.function.Function;

/** Maps an NF-e summary from SEFAZ distribution ({@code resNFe}) to its one row of {@code nfe_summary}. */
final class SummaryRowMapper implements RowMapper<NfeSummary> {

    static final TableSpec<NfeSummary> SPEC = TableSpec.<NfeSummary>builder("nfe_summary")
            .chave(RES_NFE + "/chNFe")
            .lineage()
            .row("resNFe", RES_NFE, Function.identity(), res -> res
                    .text("@versao", NfeSummary::versao)
                    .optText("CNPJ", NfeSummary::cnpj)
                    .optText("CPF", NfeSummary::cpf)
                    .text("xNome", NfeSummary::xNome)
                    .optText("IE", NfeSummary::ie)
                    .timestamp("dhEmi", NfeSummary::dhEmi)
                    .text("tpNF", NfeSummary::tpNF)
                    .decimal("vNF", MONEY, NfeSummary::vNF)
                    .optText("digVal", NfeSummary::digVal)
                    .timestamp("dhRecbto", NfeSummary::dhRecbto)
                    .text("nProt", NfeSummary::nProt)
                    .text("cSitNFe", NfeSummary::cSitNFe))
            .build();

    @Override
    public Table table() {
        return SPEC.table();
    }

    @Override
    public void emit(NfeSummary summary, RowContext context, RowSink sink) {
        sink.accept(SPEC.table(), SPEC.row(summary, context));
    }
}
