package dev.nfe.core.generate;

import java.util.Objects;
import java.util.Optional;

/**
 * An emitter or recipient of a generated document, as written in {@code emit} or {@code dest}.
 *
 * @param taxId the CNPJ (14 characters) or CPF (11 digits), with valid check digits
 * @param xNome the name ({@code emit/xNome}, {@code dest/xNome}); may contain characters that need XML escaping
 * @param ie the state registration ({@code IE}), absent for recipients that are not ICMS contributors
 * @param uf the state ({@code enderEmit/UF}, {@code enderDest/UF})
 */
public record GeneratedParty(String taxId, String xNome, Optional<String> ie, String uf) {
    public GeneratedParty {
        Objects.requireNonNull(taxId, "taxId");
        Objects.requireNonNull(xNome, "xNome");
        Objects.requireNonNull(ie, "ie");
        Objects.requireNonNull(uf, "uf");
        if (taxId.length() != GeneratedCnpj.LENGTH && taxId.length() != GeneratedCpf.LENGTH) {
            throw new IllegalArgumentException("Cannot create GeneratedParty " + xNome + ": taxId " + taxId
                    + " is neither a CNPJ nor a CPF");
        }
    }

    /** True when {@link #taxId()} is a CNPJ, false when it is a CPF. */
    public boolean isCompany() {
        return taxId.length() == GeneratedCnpj.LENGTH;
    }

    /** The tag the id is written under: {@code CNPJ} or {@code CPF}. */
    public String taxIdTag() {
        return isCompany() ? "CNPJ" : "CPF";
    }
}
