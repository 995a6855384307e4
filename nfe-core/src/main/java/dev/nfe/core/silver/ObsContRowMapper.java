package dev.nfe.core.silver;

import static dev.nfe.core.model.LayoutPath.INF_NFE;
import static dev.nfe.core.model.LayoutPath.inNfeProc;

import dev.nfe.core.model.InfAdic;
import dev.nfe.core.model.Nfe;
import dev.nfe.core.model.Obs;
import dev.nfe.core.spi.ColumnType;
import dev.nfe.core.spi.Table;
import java.util.List;

/** Maps each free-form observation for the taxpayer ({@code infAdic/obsCont}) of an NF-e to a row of {@code nfe_obs_cont}. */
final class ObsContRowMapper implements RowMapper<Nfe> {

    static final TableSpec<Indexed<Obs>> SPEC = TableSpec.<Indexed<Obs>>builder("nfe_obs_cont")
            .chave(TableSpec.NFE_CHAVE)
            .key("seq", ColumnType.INT, "position of obsCont among its siblings, from 1", Indexed::seq)
            .lineage()
            .row("obsCont", inNfeProc(INF_NFE) + "/infAdic/obsCont", Indexed::value, value -> value
                    .text("@xCampo", Obs::xCampo)
                    .text("xTexto", Obs::xTexto))
            .build();

    @Override
    public Table table() {
        return SPEC.table();
    }

    @Override
    public void emit(Nfe nfe, RowContext context, RowSink sink) {
        for (Indexed<Obs> value : Indexed.of(nfe.infAdic().map(InfAdic::obsCont).orElse(List.of()))) {
            sink.accept(SPEC.table(), SPEC.row(value, context));
        }
    }
}
