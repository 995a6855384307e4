package dev.nfe.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * The issuer (emitente, grupo C, {@code emit}).
 *
 * @param cnpj {@code /NFe/infNFe/emit/CNPJ}
 * @param cpf {@code /NFe/infNFe/emit/CPF}
 * @param xNome {@code /NFe/infNFe/emit/xNome}
 * @param xFant {@code /NFe/infNFe/emit/xFant}
 * @param enderEmit {@code /NFe/infNFe/emit/enderEmit}
 * @param ie {@code /NFe/infNFe/emit/IE}
 * @param iest {@code /NFe/infNFe/emit/IEST}
 * @param im {@code /NFe/infNFe/emit/IM}
 * @param cnae {@code /NFe/infNFe/emit/CNAE}
 * @param crt {@code /NFe/infNFe/emit/CRT}
 * @param isufEmit {@code /NFe/infNFe/emit/ISUFEmit}
 */
public record Emit(
        Optional<String> cnpj,
        Optional<String> cpf,
        String xNome,
        Optional<String> xFant,
        Ender enderEmit,
        String ie,
        Optional<String> iest,
        Optional<String> im,
        Optional<String> cnae,
        Optional<String> crt,
        Optional<String> isufEmit) {
    public Emit {
        Objects.requireNonNull(cnpj, "cnpj");
        Objects.requireNonNull(cpf, "cpf");
        Objects.requireNonNull(xNome, "xNome");
        Objects.requireNonNull(xFant, "xFant");
        Objects.requireNonNull(enderEmit, "enderEmit");
        Objects.requireNonNull(ie, "ie");
        Objects.requireNonNull(iest, "iest");
        Objects.requireNonNull(im, "im");
        Objects.requireNonNull(cnae, "cnae");
        Objects.requireNonNull(crt, "crt");
        Objects.requireNonNull(isufEmit, "isufEmit");
    }
}
