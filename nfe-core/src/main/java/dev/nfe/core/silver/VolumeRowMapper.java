package dev.nfe.core.silver;

import static dev.nfe.core.model.LayoutPath.INF_NFE;
import static dev.nfe.core.model.LayoutPath.inNfeProc;
import static dev.nfe.core.silver.LayoutDecimals.WEIGHT;

import dev.nfe.core.model.Nfe;
import dev.nfe.core.model.Vol;
import dev.nfe.core.spi.ColumnType;
import dev.nfe.core.spi.Table;
import java.util.function.Function;

/**
 * Maps each group of volumes ({@code transp/vol}) of an NF-e to a row of {@code nfe_volume}; the seals
 * ({@code lacres/nLacre}) are a JSON array of strings, so their number is {@code json_array_length}.
 */
final class VolumeRowMapper implements RowMapper<Nfe> {

    static final TableSpec<Indexed<Vol>> SPEC = TableSpec.<Indexed<Vol>>builder("nfe_volume")
            .chave(TableSpec.NFE_CHAVE)
            .key("seq", ColumnType.INT, "position of vol among its siblings, from 1", Indexed::seq)
            .lineage()
            .row("vol", inNfeProc(INF_NFE) + "/transp/vol", Indexed::value, vol -> vol
                    .optCounter("qVol", Vol::qVol)
                    .optText("esp", Vol::esp)
                    .optText("marca", Vol::marca)
                    .optText("nVol", Vol::nVol)
                    .optDecimal("pesoL", WEIGHT, Vol::pesoL)
                    .optDecimal("pesoB", WEIGHT, Vol::pesoB)
                    .group("lacres", Vol::lacres, lacres -> lacres.jsonArray("nLacre", Function.identity())))
            .build();

    @Override
    public Table table() {
        return SPEC.table();
    }

    @Override
    public void emit(Nfe nfe, RowContext context, RowSink sink) {
        for (Indexed<Vol> vol : Indexed.of(nfe.transp().vol())) {
            sink.accept(SPEC.table(), SPEC.row(vol, context));
        }
    }
}
