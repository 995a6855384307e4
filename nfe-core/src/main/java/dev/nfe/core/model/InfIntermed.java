package dev.nfe.core.model;

import java.util.Objects;

/**
 * The intermediary of the sale, such as a marketplace ({@code infIntermed}).
 *
 * @param cnpj {@code /NFe/infNFe/infIntermed/CNPJ}
 * @param idCadIntTran {@code /NFe/infNFe/infIntermed/idCadIntTran}
 */
public record InfIntermed(
        String cnpj,
        String idCadIntTran) {
    public InfIntermed {
        Objects.requireNonNull(cnpj, "cnpj");
        Objects.requireNonNull(idCadIntTran, "idCadIntTran");
    }
}
