package dev.nfe.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * The recipient (destinatário, grupo E, {@code dest}).
 *
 * @param cnpj {@code /NFe/infNFe/dest/CNPJ}
 * @param cpf {@code /NFe/infNFe/dest/CPF}
 * @param idEstrangeiro {@code /NFe/infNFe/dest/idEstrangeiro}
 * @param xNome {@code /NFe/infNFe/dest/xNome}
 * @param enderDest {@code /NFe/infNFe/dest/enderDest}
 * @param indIEDest {@code /NFe/infNFe/dest/indIEDest}
 * @param ie {@code /NFe/infNFe/dest/IE}
 * @param isuf {@code /NFe/infNFe/dest/ISUF}
 * @param im {@code /NFe/infNFe/dest/IM}
 * @param email {@code /NFe/infNFe/dest/email}
 */
public record Dest(
        Optional<String> cnpj,
        Optional<String> cpf,
        Optional<String> idEstrangeiro,
        Optional<String> xNome,
        Optional<Ender> enderDest,
        Optional<String> indIEDest,
        Optional<String> ie,
        Optional<String> isuf,
        Optional<String> im,
        Optional<String> email) {
    public Dest {
        Objects.requireNonNull(cnpj, "cnpj");
        Objects.requireNonNull(cpf, "cpf");
        Objects.requireNonNull(idEstrangeiro, "idEstrangeiro");
        Objects.requireNonNull(xNome, "xNome");
        Objects.requireNonNull(enderDest, "enderDest");
        Objects.requireNonNull(indIEDest, "indIEDest");
        Objects.requireNonNull(ie, "ie");
        Objects.requireNonNull(isuf, "isuf");
        Objects.requireNonNull(im, "im");
        Objects.requireNonNull(email, "email");
    }
}
