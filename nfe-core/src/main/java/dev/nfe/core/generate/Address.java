package dev.nfe.core.generate;

import java.util.Objects;
import java.util.Optional;

/** A street address in the shape of {@code TEnderEmi}/{@code TEndereco}. */
record Address(String xLgr, String nro, Optional<String> xCpl, String xBairro, Municipality municipality, String cep,
               Optional<String> fone) {
    Address {
        Objects.requireNonNull(xLgr, "xLgr");
        Objects.requireNonNull(nro, "nro");
        Objects.requireNonNull(xCpl, "xCpl");
        Objects.requireNonNull(xBairro, "xBairro");
        Objects.requireNonNull(municipality, "municipality");
        Objects.requireNonNull(cep, "cep");
        Objects.requireNonNull(fone, "fone");
    }

    /** Writes the address under {@code wrapper} (enderEmit, enderDest) in XSD order. */
    void write(TagWriter out, String wrapper) {
        out.open(wrapper)
                .text("xLgr", xLgr)
                .text("nro", nro);
        xCpl.ifPresent(value -> out.text("xCpl", value));
        out.text("xBairro", xBairro)
                .text("cMun", municipality.cMun())
                .text("xMun", municipality.xMun())
                .text("UF", municipality.uf())
                .text("CEP", cep)
                .text("cPais", "1058")
                .text("xPais", "Brasil");
        fone.ifPresent(value -> out.text("fone", value));
        out.close(wrapper);
    }
}
