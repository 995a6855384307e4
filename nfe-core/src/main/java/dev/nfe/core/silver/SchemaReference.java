package dev.nfe.core.silver;

import dev.nfe.core.spi.Column;
import dev.nfe.core.spi.ColumnType;
import dev.nfe.core.spi.Table;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Renders {@code nfe-core/SCHEMA.md}, the schema reference of the silver layer, from the table definitions: the
 * naming rule, the types, the key and partition layout, and every column with its type and XPath. A test keeps the
 * committed file equal to this rendering.
 */
final class SchemaReference {

    private static final String HEADER = """
            # Silver schema reference

            Generated from `SilverTables` by `SchemaReferenceTest`; do not edit by hand. After changing a table, run
            `mvn -B -ntp verify -pl nfe-core -Dtest=SchemaReferenceTest -Dnfe.regenerate=true` and commit the result.

            ## Column names

            A column is `<group>_<tag>` in snake_case, made by one function, `LayoutNames.column(group, tag)`, so
            that it reads as NF-e people write the tag. A tag is cut into words where a lower-case letter or a digit
            meets a capital; a run of capitals is split into the layout's acronyms, from one pinned list, and the
            camel rule applies otherwise (the last capital of a run followed by lower case starts a word); then
            every word is lower-cased:

            - `vNF` → `v_nf`, `dhEmi` → `dh_emi`, `ICMSTot` → `icms_tot`, `indIEDest` → `ind_ie_dest`, `CNPJ` → `cnpj`;
            - runs of acronyms: `vICMSUFDest` → `v_icms_uf_dest`, `pMVAST` → `p_mva_st`, `vBCSTRet` → `v_bc_st_ret`,
              `vBCIBSCBS` → `v_bc_ibs_cbs`, `cMunFGIBS` → `c_mun_fg_ibs`, `UFST` → `uf_st`;
            - the mixed-case words `NFe`, `CTe`, `DFe` and `NFref` are one word each: `finNFe` → `fin_nfe`,
              `protNFe` → `prot_nfe`, `refCTe` → `ref_cte`, `NFref` → `nfref`;
            - an acronym followed by lower case ends before it: `ISSQNtot` → `issqn_tot`, `pGNn` → `p_gn_n`;
            - longer acronyms are tried first: `ISUF` (the SUFRAMA registration) → `isuf`, not `is_uf`, and
              `IEST` → `iest`, not `ie_st`.

            The pinned lists (`LayoutNames.ACRONYMS` and `LayoutNames.WORDS`), how an ambiguous run is resolved,
            and the names they give are in `LayoutNames` and pinned by `LayoutNamesTest`; there are no other
            exceptions.

            The group part is the chain of groups from just below the table's row element down to the tag:

            - the row element's own fields and attributes carry its tag (`infNFe/@versao` → `inf_nfe_versao`,
              `det/infAdProd` → `det_inf_ad_prod`, `transp/modFrete` → `transp_mod_frete`);
            - each group below the row element starts a chain and nested groups extend it
              (`ide/nNF` → `ide_n_nf`, `prod/comb/cProdANP` → `prod_comb_c_prod_anp`,
              `IBSCBSTot/gIBS/gIBSUF/vDif` → `ibs_cbs_tot_g_ibs_g_ibs_uf_v_dif`);
            - `total` is a container: its groups start chains of their own (`icms_tot_v_nf`, `ret_trib_v_ret_pis`),
              and its own field is `total_v_nf_tot`;
            - address subgroups and signed-content wrappers add nothing: `enderEmit`, `enderDest` (`emit_x_mun`),
              `protNFe/infProt` (`prot_nfe_n_prot`) and `retEvento/infEvento` (`ret_evento_c_stat`);
            - groups beside the row element in the document start chains too (`infNFeSupl`, `protNFe`,
              `evento/@versao`, `retEvento`).

            Keys, version and lineage carry no prefix: `chave`, `doc_hash`, `doc_kind`, `n_item` (`det/@nItem`), `seq`,
            `tp_evento`, `n_seq_evento`, `batch_id`, `source`. `nfe_item_tax` is long: its value columns are named by the tag the tax groups share
            (`v_bc`, `q_bc_prod`, `v_aliq_prod`, `p_dif` …); the rate and the amount of the tax itself, which each
            group names after its tax (`pICMS`/`vICMS`, `pIBSUF`/`vIBSUF` …), take the stems the layout uses where
            one group holds several taxes (`gTribCompraGov`: `pAliqIBSUF`/`vTribIBSUF`): `p_aliq` and `v_trib`.
            Which tag fills which column for each component is in its component table. A schema test fails when two
            columns of a table collide.

            A repeated simple value (`NVE`, `nLacre`, `autXML/CNPJ`, the trailers of `reboque`, the additions of a
            `DI`) is a JSON array of strings in a TEXT column, in document order; parallel arrays keep `null` where an
            occurrence lacks the value, and an absent group is SQL NULL.

            ## Types

            | type | written as | holds |
            |---|---|---|
            | DECIMAL(15,2) | FIXED_LEN_BYTE_ARRAY (DECIMAL) | money: `TDec_1302`, `TDec_1302Opc`, `TDec1302RTC` (also the `qBCMono*` of `ICMSTot`) |
            | DECIMAL(7,4) | FIXED_LEN_BYTE_ARRAY (DECIMAL) | rates and percentages: `TDec_0302a04*`, `TDec_0302Max100`, `TDec_0304Max100`, `TDec_03v00a04Max100Opc`, `TDec_0302_04RTC`, `TDec_0104v`, `TDec_0204v` |
            | DECIMAL(15,4) | FIXED_LEN_BYTE_ARRAY (DECIMAL) | quantities and unit values with 11 integer digits: `TDec_1104*`, `TDec1104RTC` |
            | DECIMAL(16,4) | FIXED_LEN_BYTE_ARRAY (DECIMAL) | quantities with 12 integer digits: `TDec_1204*` |
            | DECIMAL(21,10) | FIXED_LEN_BYTE_ARRAY (DECIMAL) | unit prices and cane quantities: `TDec_1110v` |
            | DECIMAL(15,3) | FIXED_LEN_BYTE_ARRAY (DECIMAL) | weights and pump readings: `TDec_1203` |
            | DECIMAL(11,3) | FIXED_LEN_BYTE_ARRAY (DECIMAL) | lot and packaging quantities: `TDec_0803v` |
            | TIMESTAMP | INT64 (TIMESTAMP(MICROS, UTC)) | a layout date-time as its UTC instant |
            | DATE | INT32 (DATE) | a layout date (`dVenc`, `dEmi` of layout 2.00) |
            | TEXT | BINARY (STRING) | codes (leading zeros kept), names, free text, JSON arrays |
            | INT, LONG | INT32, INT64 | counters (`n_item`, `ide_mod`, `ide_serie`, `ide_n_nf`, `vol_q_vol`) |

            A decimal column's precision is the integer digits plus the decimals of its `TDec` type, and its scale is
            the most decimals the type allows, so every valid value fits; `XsdConformanceTest` checks every NF-e
            column's XPath and type against the PL_010e schemas (only fields of layouts before 4.00, such as
            `ide/dEmi`, are missing from them). Values keep the column's scale
            (`10` → `10.00`). Nothing is rounded: a value with more decimals than the scale, more integer digits than
            the precision leaves room for, or a counter that is not a number fails the mapping with an `NfeException`
            naming the chave, the column and the value; such a document breaks the layout's types and should have
            been quarantined by the parser or the validator.

            Every timestamp column has a companion `<column>_tzd` TEXT column with the offset the document gave
            (the layout's TZD in `AAAA-MM-DDThh:mm:ssTZD`, `-03:00`), so the local time is recoverable; a layout time without a date (`hSaiEnt`) is `HH:mm:ss` TEXT.

            ## Keys, lineage and partitions

            A table's key is the columns before `batch_id`: `chave` (44 characters) and `doc_hash`, plus `n_item` for item tables,
            `seq` (the 1-based position of a repeated group among its siblings, in document order) for repeated
            groups, `tax` for `nfe_item_tax`, and `tp_evento`, `n_seq_evento` for events. Every row carries the lineage
            columns `batch_id` (the batch that wrote it) and `source` (where the raw document came from).

            ## Document versions

            One chave arrives as several documents (an unsigned NFe, the signed NFe, the nfeProc with `protNFe`), and
            bronze keeps each distinct content. Silver keeps them all: `doc_hash` (SHA-256, hex, of the bronze file)
            tells the versions apart and is part of every table's key, so items, taxes, payments and the other child
            rows hang off (`chave`, `doc_hash`); event and summary rows carry the `doc_hash` of their own file.
            `nfe.doc_kind` says what a version is, with these stable values:

            | `doc_kind` | document |
            |---|---|
            | `nfe_proc` | an `nfeProc`: the NFe with its authorization protocol `protNFe` |
            | `nfe_signed` | an `NFe` with its `Signature`, without protocol |
            | `nfe_unsigned` | an `NFe` without signature or protocol |

            Which version counts is the load's business-rule decision; the rule the examples and the test kit follow
            (an authorized nfeProc first, then the latest `dhRecbto`, then the greatest `doc_hash`; events apply to
            the chave whatever order they arrive in) is in docs/warehouse-load.md.

            Files are laid out as `<table>/ingest_date=YYYY-MM-DD/batch=<id>/part-NNNNN.parquet`, and a batch's
            `_manifests/…/_manifest.json` is written last, as its commit marker; readers ignore a batch without one.
            `ingest_date` is a partition column taken from the path, not a column in the files, because query engines
            (Athena, Glue, Redshift Spectrum) reject a column that is both in the files and a partition key.

            IBS/CBS groups of every NT 2025.002 version in circulation are read by element name, and `nfe` records
            which one a note follows in `ibs_cbs_layout_variant`: `1.00` (v1.00/v1.10: `gIBSCBS` without `vIBS`,
            the presumed credit inside `gIBSCBS`), `1.20` (v1.20-v1.2x: `vIBS` present), `1.30` (`indDoacao`,
            `gAjusteCompet`, `gEstornoCred` or `gCredPresOper`), `1.40` (v1.40/v1.50, PL_010e/PL_010f:
            `gALCZFMCBS`), the earliest version the note's elements fit. What an older variant lacks is derived with
            a `DERIVED_VALUE` warning (`vIBS` = `vIBSUF` + `vIBSMun`), and its presumed credit lands in the
            `gCredPresOper` columns (with `vBCCredPres` = `gIBSCBS/vBC`), with a `LAYOUT_DEVIATION` warning.

            ## Raw XML

            An element the parser meets where the layout does not define it (a group of a newer technical note, an
            issuer's extension) is never dropped: the document gets an `XML_UNKNOWN_ELEMENT` warning naming its
            path, and `nfe_unmapped` gets a row with that path and the
            element as raw XML, keyed by (`chave`, `doc_hash`, `doc_id`, `seq`), whatever kind of document and depth it came
            from. `SELECT path, count(*) FROM nfe_unmapped GROUP BY path` shows what a file carried beyond the columns.

            XML kept as text (`nfe_event.inf_evento_det_evento`, `nfe_unmapped.xml`) is in one canonical form, so the same content gives
            the same text whatever the file's encoding, byte order mark, XML declaration, line endings, indentation or
            namespace prefix: whitespace-only text between elements removed (a blank leaf value is kept), then
            Exclusive XML Canonicalization without comments (`http://www.w3.org/2001/10/xml-exc-c14n#`), with the
            elements of the NF-e namespace written in it as the default namespace. The fragment is the element
            itself, declaring the namespaces it uses (`<detEvento xmlns="http://www.portalfiscal.inf.br/nfe"
            versao="1.00">…`), so it parses on its own.

            XPaths are given inside the envelope SEFAZ returns (`nfeProc`, `procEventoNFe`); a bare `NFe` or `evento`
            has the same paths without it. `ICMS*` stands for the chosen `ICMS00` … `ICMSSN900` group, and likewise
            `IPI*`, `PIS*`, `COFINS*`.

            """;

    /** What one row of each table is, in the order of {@link SilverTables#all()}. */
    private static final Map<String, String> ROW_OF = Map.ofEntries(
            Map.entry("nfe", "an NF-e or NFC-e (`infNFe`, with `infNFeSupl` and `protNFe`)"),
            Map.entry("nfe_item", "an item (`det`)"),
            Map.entry("nfe_item_tax", "a tax component of an item (see the component table)"),
            Map.entry("nfe_item_di", "an import declaration of an item (`det/prod/DI`)"),
            Map.entry("nfe_item_export", "an export group of an item (`det/prod/detExport`)"),
            Map.entry("nfe_item_rastro", "a traceable batch of an item (`det/prod/rastro`)"),
            Map.entry("nfe_item_orig_comb", "an origin of a fuel item (`det/prod/comb/origComb`)"),
            Map.entry("nfe_payment", "a means of payment (`pag/detPag`)"),
            Map.entry("nfe_installment", "an instalment (`cobr/dup`)"),
            Map.entry("nfe_transport", "an NF-e's transport (`transp`)"),
            Map.entry("nfe_volume", "a group of volumes (`transp/vol`)"),
            Map.entry("nfe_reference", "a referenced document (`ide/NFref`)"),
            Map.entry("nfe_proc_ref", "a referenced legal process (`infAdic/procRef`)"),
            Map.entry("nfe_obs_cont", "an observation for the taxpayer (`infAdic/obsCont`)"),
            Map.entry("nfe_obs_fisco", "an observation for the tax authority (`infAdic/obsFisco`)"),
            Map.entry("nfe_cana_for_dia", "a daily sugar-cane supply (`cana/forDia`)"),
            Map.entry("nfe_cana_deduc", "a deduction on the sugar-cane supply (`cana/deduc`)"),
            Map.entry("nfe_defensivo", "a pesticide prescription (`agropecuario/defensivo`)"),
            Map.entry("nfe_event", "an event (`procEventoNFe`, `evento`, or a `retEvento` alone)"),
            Map.entry("nfe_summary", "an NF-e summary from SEFAZ distribution (`resNFe`)"),
            Map.entry("nfe_event_summary", "an event summary from SEFAZ distribution (`resEvento`)"),
            Map.entry("nfe_unmapped", "an element of any document that no column holds, as raw XML"));

    private SchemaReference() {
    }

    /** The whole document. */
    static String render() {
        StringBuilder out = new StringBuilder();
        out.append(HEADER);
        out.append(notMapped());
        out.append("## Tables\n\n| table | one row per | key |\n|---|---|---|\n");
        for (Table table : SilverTables.all()) {
            String rowOf = ROW_OF.get(table.name());
            if (rowOf == null) {
                throw new IllegalStateException("Cannot document table " + table.name() + ": no row description");
            }
            out.append("| [`").append(table.name()).append("`](#").append(table.name()).append(") | ").append(rowOf)
                    .append(" | ")
                    .append(key(table).stream().map(c -> "`" + c.name() + "`").collect(Collectors.joining(", ")))
                    .append(" |\n");
        }
        for (Table table : SilverTables.all()) {
            out.append("\n## ").append(table.name()).append("\n\n");
            out.append("| column | type | Parquet | required | XPath |\n|---|---|---|---|---|\n");
            for (Column column : table.columns()) {
                out.append("| `").append(column.name()).append("` | ").append(column.type()).append(" | ")
                        .append(parquet(column.type())).append(" | ").append(column.required() ? "yes" : "")
                        .append(" | ").append(cell(column.xpath())).append(" |\n");
            }
            if (table.name().equals(ItemTaxRowMapper.TABLE.name())) {
                out.append(components());
            }
        }
        return out.toString();
    }

    /** The key columns: those before the lineage. */
    static List<Column> key(Table table) {
        return table.columns().subList(0, table.indexOf("batch_id"));
    }

    /** The Parquet physical and logical type a column's type is written as. */
    /** The leaves and groups of the layout that no column keeps, with why; the parser warns when it skips them. */
    private static String notMapped() {
        StringBuilder out = new StringBuilder("## Not mapped\n\n");
        out.append("Every leaf element and attribute PL_010e allows in `nfeProc` (`infNFe`, `infNFeSupl`, `protNFe`) is in"
                + " a column below or listed here (`XsdLeafCoverageTest` checks it).\n\n| XPath | reason |\n|---|---|\n");
        NotMapped.all().forEach((path, reason) -> out.append("| ").append(path).append(" | ").append(reason)
                .append(" |\n"));
        return out.append('\n').toString();
    }

    static String parquet(ColumnType type) {
        return switch (type.kind()) {
            case TEXT -> "BINARY (STRING)";
            case INT -> "INT32";
            case LONG -> "INT64";
            case BOOLEAN -> "BOOLEAN";
            case DECIMAL -> "FIXED_LEN_BYTE_ARRAY (DECIMAL(" + type.precision() + "," + type.scale() + "))";
            case DATE -> "INT32 (DATE)";
            case TIMESTAMP -> "INT64 (TIMESTAMP(MICROS, UTC))";
        };
    }

    private static String components() {
        StringBuilder out = new StringBuilder("\n### nfe_item_tax components\n\n"
                + "Rows of an item come in this order. A component marked *always* has a row whenever its group is "
                + "present; the others only when one of their decimal values is. Tags are relative to the group.\n\n"
                + "| tax | group (under `det`) | columns ← tags |\n|---|---|---|\n");
        for (TaxComponent<?> component : ItemTaxRowMapper.COMPONENTS) {
            String bindings = component.bindings().stream()
                    .map(b -> "`" + b.column().name() + "` ← " + b.tag())
                    .collect(Collectors.joining(", "));
            out.append("| `").append(component.tax()).append("`").append(component.isPrimary() ? " *always*" : "")
                    .append(" | ").append(component.path()).append(" | ").append(bindings).append(" |\n");
        }
        return out.toString();
    }

    private static String cell(String xpath) {
        return xpath.replace(" | ", "<br>");
    }
}
