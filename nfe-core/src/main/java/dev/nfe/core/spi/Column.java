package dev.nfe.core.spi;

import java.util.Objects;

/**
 * One column of a {@link Table}.
 *
 * @param name snake_case name ({@code icms_tot_v_nf}); see the silver naming rule
 * @param type its logical type
 * @param required whether every row has a value
 * @param xpath where the value comes from in the NF-e layout ({@code /nfeProc/NFe/infNFe/total/ICMSTot/vNF}), or a
 *     short description for lineage columns
 */
public record Column(String name, ColumnType type, boolean required, String xpath) {
    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(xpath, "xpath");
        if (!name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("Cannot create column " + name + ": name must be lower snake_case");
        }
    }
}
