package dev.nfe.core.silver;

import static dev.nfe.core.model.LayoutPath.INF_NFE;
import static dev.nfe.core.model.LayoutPath.inNfeProc;

import dev.nfe.core.model.NFref;
import dev.nfe.core.model.Nfe;
import dev.nfe.core.model.RefECF;
import dev.nfe.core.model.RefNF;
import dev.nfe.core.model.RefNFP;
import dev.nfe.core.spi.ColumnType;
import dev.nfe.core.spi.Table;

/**
 * Maps each referenced document ({@code ide/NFref}) of an NF-e to a row of {@code nfe_reference}; exactly one of the
 * reference kinds is filled in each row.
 */
final class ReferenceRowMapper implements RowMapper<Nfe> {

    static final TableSpec<Indexed<NFref>> SPEC = TableSpec.<Indexed<NFref>>builder("nfe_reference")
            .chave(TableSpec.NFE_CHAVE)
            .key("seq", ColumnType.INT, "position of NFref among its siblings, from 1", Indexed::seq)
            .lineage()
            .row("NFref", inNfeProc(INF_NFE) + "/ide/NFref", Indexed::value, ref -> ref
                    .optText("refNFe", NFref::refNFe)
                    .optText("refNFeSig", NFref::refNFeSig)
                    .optGroup("refNF", NFref::refNF, nf -> nf
                            .text("cUF", RefNF::cUF)
                            .text("AAMM", RefNF::aamm)
                            .text("CNPJ", RefNF::cnpj)
                            .text("mod", RefNF::mod)
                            .text("serie", RefNF::serie)
                            .text("nNF", RefNF::nNF))
                    .optGroup("refNFP", NFref::refNFP, nfp -> nfp
                            .text("cUF", RefNFP::cUF)
                            .text("AAMM", RefNFP::aamm)
                            .optText("CNPJ", RefNFP::cnpj)
                            .optText("CPF", RefNFP::cpf)
                            .text("IE", RefNFP::ie)
                            .text("mod", RefNFP::mod)
                            .text("serie", RefNFP::serie)
                            .text("nNF", RefNFP::nNF))
                    .optText("refCTe", NFref::refCTe)
                    .optGroup("refECF", NFref::refECF, ecf -> ecf
                            .text("mod", RefECF::mod)
                            .text("nECF", RefECF::nECF)
                            .text("nCOO", RefECF::nCOO)))
            .build();

    @Override
    public Table table() {
        return SPEC.table();
    }

    @Override
    public void emit(Nfe nfe, RowContext context, RowSink sink) {
        for (Indexed<NFref> ref : Indexed.of(nfe.ide().nFref())) {
            sink.accept(SPEC.table(), SPEC.row(ref, context));
        }
    }
}
