package dev.nfe.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * The technical party responsible for the issuing software ({@code infRespTec}).
 *
 * @param cnpj {@code /NFe/infNFe/infRespTec/CNPJ}
 * @param xContato {@code /NFe/infNFe/infRespTec/xContato}
 * @param email {@code /NFe/infNFe/infRespTec/email}
 * @param fone {@code /NFe/infNFe/infRespTec/fone}
 * @param idCSRT {@code /NFe/infNFe/infRespTec/idCSRT}
 * @param hashCSRT {@code /NFe/infNFe/infRespTec/hashCSRT}
 */
public record InfRespTec(
        String cnpj,
        String xContato,
        String email,
        String fone,
        Optional<String> idCSRT,
        Optional<String> hashCSRT) {
    public InfRespTec {
        Objects.requireNonNull(cnpj, "cnpj");
        Objects.requireNonNull(xContato, "xContato");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(fone, "fone");
        Objects.requireNonNull(idCSRT, "idCSRT");
        Objects.requireNonNull(hashCSRT, "hashCSRT");
    }
}
