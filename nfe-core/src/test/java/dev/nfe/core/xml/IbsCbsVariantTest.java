package dev.nfe.core.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.nfe.core.model.GCredPres;
import dev.nfe.core.model.IBSCBS;
import dev.nfe.core.model.IbsCbsLayoutVariant;
import dev.nfe.core.model.Nfe;
import dev.nfe.core.spi.Finding;
import dev.nfe.core.spi.ParseOutcome;
import dev.nfe.core.validate.FindingCodes;
import dev.nfe.core.validate.NfeValidator;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** IBS/CBS groups of every NT 2025.002 version in circulation, read by element name, on whole documents. */
class IbsCbsVariantTest {
    private static final String UF = "<gIBSUF><pIBSUF>0.1000</pIBSUF><vIBSUF>0.01</vIBSUF></gIBSUF>";
    private static final String MUN = "<gIBSMun><pIBSMun>0.0500</pIBSMun><vIBSMun>0.02</vIBSMun></gIBSMun>";
    private static final String CBS = "<gCBS><pCBS>0.9000</pCBS><vCBS>0.09</vCBS></gCBS>";
    private static final String LEGACY_CRED_PRES = "<gIBSCredPres><cCredPres>01</cCredPres><pCredPres>1.0000</pCredPres>"
            + "<vCredPres>0.10</vCredPres></gIBSCredPres><gCBSCredPres><cCredPres>01</cCredPres>"
            + "<pCredPres>2.0000</pCredPres><vCredPresCondSus>0.20</vCredPresCondSus></gCBSCredPres>";

    /** A note with one item carrying {@code ibscbs}, and IBSCBSTot totals whose gIBS holds {@code gIBSTail}. */
    private static String note(String ibscbs, String vIBSTot, String totalsTail) {
        String det = NfeXml.DET.replace("</COFINS></imposto>", "</COFINS>" + ibscbs + "</imposto>");
        String tot = "<IBSCBSTot><vBCIBSCBS>10.00</vBCIBSCBS><gIBS><gIBSUF><vDif>0.00</vDif><vDevTrib>0.00</vDevTrib>"
                + "<vIBSUF>0.01</vIBSUF></gIBSUF><gIBSMun><vDif>0.00</vDif><vDevTrib>0.00</vDevTrib>"
                + "<vIBSMun>0.02</vIBSMun></gIBSMun>" + vIBSTot + "<vCredPres>0.00</vCredPres>"
                + "<vCredPresCondSus>0.00</vCredPresCondSus></gIBS><gCBS><vDif>0.00</vDif><vDevTrib>0.00</vDevTrib>"
                + "<vCBS>0.09</vCBS><vCredPres>0.00</vCredPres><vCredPresCondSus>0.00</vCredPresCondSus></gCBS>"
                + totalsTail + "</IBSCBSTot>";
        return NfeXml.minimal().withDet(det).withTotal(NfeXml.TOTAL + tot).nfeProc("");
    }

    private static String ibscbs(String before, String gIBSCBS, String after) {
        return "<IBSCBS><CST>000</CST><cClassTrib>000001</cClassTrib>" + before + "<gIBSCBS><vBC>10.00</vBC>"
                + gIBSCBS + "</gIBSCBS>" + after + "</IBSCBS>";
    }

    private static ParseOutcome.Parsed parse(String xml) {
        List<ParseOutcome> outcomes = NfeXml.outcomes(new NfeXmlDeserializer(XmlLimits.defaults(),
                NfeValidator.standard()::validate), NfeXml.raw("ibscbs", xml));
        assertThat(outcomes).singleElement().isInstanceOf(ParseOutcome.Parsed.class);
        return (ParseOutcome.Parsed) outcomes.get(0);
    }

    private static IBSCBS itemGroup(ParseOutcome.Parsed parsed) {
        return ((Nfe) parsed.document()).det().get(0).imposto().ibscbs().orElseThrow();
    }

    private static Optional<String> variant(ParseOutcome.Parsed parsed) {
        return IbsCbsLayoutVariant.of((Nfe) parsed.document());
    }

    private static List<String> codes(ParseOutcome.Parsed parsed) {
        return parsed.findings().stream().map(Finding::code).toList();
    }

    @Test
    void parse_v100WithoutVIBS_derivesItWithAWarningAndChecksTotalsAgainstIt() {
        ParseOutcome.Parsed parsed = parse(note(ibscbs("", UF + MUN + CBS, ""), "<vIBS>0.03</vIBS>", ""));

        assertThat(itemGroup(parsed).gIBSCBS().orElseThrow().vIBS()).isEqualByComparingTo("0.03");
        assertThat(variant(parsed)).contains(IbsCbsLayoutVariant.V1_00);
        assertThat(parsed.findings()).extracting(Finding::code, Finding::path, Finding::isError).contains(tuple(
                NfeXmlDeserializer.DERIVED_VALUE, "/nfeProc/NFe/infNFe/det/imposto/IBSCBS/gIBSCBS/vIBS", false));
        assertThat(codes(parsed)).doesNotContain(FindingCodes.TOTAL_TAX);
    }

    @Test
    void parse_v100TotalsThatDisagreeWithTheDerivedVIBS_isATotalTaxWarning() {
        ParseOutcome.Parsed parsed = parse(note(ibscbs("", UF + MUN + CBS, ""), "<vIBS>0.50</vIBS>", ""));

        assertThat(codes(parsed)).contains(NfeXmlDeserializer.DERIVED_VALUE, FindingCodes.TOTAL_TAX);
    }

    @Test
    void parse_totalsWithoutVIBS_deriveItFromTheStateAndMunicipalTotals() {
        ParseOutcome.Parsed parsed = parse(note(ibscbs("", UF + MUN + "<vIBS>0.03</vIBS>" + CBS, ""), "", ""));

        assertThat(((Nfe) parsed.document()).total().ibscbsTot().orElseThrow().gIBS().orElseThrow().vIBS())
                .isEqualByComparingTo("0.03");
        assertThat(parsed.findings()).extracting(Finding::code, Finding::path).contains(tuple(
                NfeXmlDeserializer.DERIVED_VALUE, "/nfeProc/NFe/infNFe/total/IBSCBSTot/gIBS/vIBS"));
    }

    @Test
    void parse_presumedCreditInsideGIBSCBS_becomesGCredPresOperWithAWarning() {
        ParseOutcome.Parsed parsed = parse(note(ibscbs("", UF + MUN + "<vIBS>0.03</vIBS>" + CBS + LEGACY_CRED_PRES,
                ""), "<vIBS>0.03</vIBS>", ""));

        IBSCBS group = itemGroup(parsed);
        assertThat(group.gCredPresOper()).hasValueSatisfying(oper -> {
            assertThat(oper.vBCCredPres()).isEqualByComparingTo("10.00");
            assertThat(oper.cCredPres()).isEqualTo("01");
            assertThat(oper.gIBSCredPres()).contains(new GCredPres(new BigDecimal("1.0000"),
                    Optional.of(new BigDecimal("0.10")), Optional.empty()));
            assertThat(oper.gCBSCredPres()).contains(new GCredPres(new BigDecimal("2.0000"), Optional.empty(),
                    Optional.of(new BigDecimal("0.20"))));
        });
        assertThat(variant(parsed)).contains(IbsCbsLayoutVariant.V1_20);
        assertThat(parsed.findings()).extracting(Finding::code, Finding::path).contains(tuple(
                NfeXmlDeserializer.LAYOUT_DEVIATION, "/nfeProc/NFe/infNFe/det/imposto/IBSCBS/gIBSCBS"));
        assertThat(codes(parsed)).doesNotContain(NfeXmlDeserializer.XML_UNKNOWN_ELEMENT);
    }

    @Test
    void parse_v130Groups_areVariant130WithoutWarnings() {
        String credPresOper = "<gCredPresOper><vBCCredPres>10.00</vBCCredPres><cCredPres>01</cCredPres>"
                + "<gIBSCredPres><pCredPres>1.0000</pCredPres><vCredPres>0.10</vCredPres></gIBSCredPres>"
                + "</gCredPresOper>";
        ParseOutcome.Parsed parsed = parse(note(ibscbs("<indDoacao>1</indDoacao>", UF + MUN + "<vIBS>0.03</vIBS>"
                + CBS, credPresOper), "<vIBS>0.03</vIBS>", ""));

        assertThat(itemGroup(parsed).indDoacao()).contains("1");
        assertThat(variant(parsed)).contains(IbsCbsLayoutVariant.V1_30);
        assertThat(codes(parsed)).doesNotContain(NfeXmlDeserializer.DERIVED_VALUE,
                NfeXmlDeserializer.LAYOUT_DEVIATION, NfeXmlDeserializer.XML_UNKNOWN_ELEMENT);
    }

    @Test
    void parse_totalsGEstornoCred_isVariant130() {
        ParseOutcome.Parsed parsed = parse(note(ibscbs("", UF + MUN + "<vIBS>0.03</vIBS>" + CBS, ""),
                "<vIBS>0.03</vIBS>", "<gEstornoCred><vIBSEstCred>0.00</vIBSEstCred><vCBSEstCred>0.00</vCBSEstCred>"
                        + "</gEstornoCred>"));

        assertThat(variant(parsed)).contains(IbsCbsLayoutVariant.V1_30);
    }

    @Test
    void parse_gALCZFMCBS_isVariant140() {
        String cbs = "<gCBS><pCBS>0.9000</pCBS><gALCZFMCBS><tpALCZFMCBS>1</tpALCZFMCBS>"
                + "<nProcSuframa>123</nProcSuframa><pAliqEfetRegCBS>0.9000</pAliqEfetRegCBS>"
                + "<vTribRegCBS>0.09</vTribRegCBS></gALCZFMCBS><vCBS>0.09</vCBS></gCBS>";
        ParseOutcome.Parsed parsed = parse(note(ibscbs("", UF + MUN + "<vIBS>0.03</vIBS>" + cbs, ""),
                "<vIBS>0.03</vIBS>", ""));

        assertThat(variant(parsed)).contains(IbsCbsLayoutVariant.V1_40);
    }

    @Test
    void parse_v120WithVIBSAndNoNewerGroup_isVariant120WithoutWarnings() {
        ParseOutcome.Parsed parsed = parse(note(ibscbs("", UF + MUN + "<vIBS>0.03</vIBS>" + CBS, ""),
                "<vIBS>0.03</vIBS>", ""));

        assertThat(variant(parsed)).contains(IbsCbsLayoutVariant.V1_20);
        assertThat(codes(parsed)).doesNotContain(NfeXmlDeserializer.DERIVED_VALUE,
                NfeXmlDeserializer.LAYOUT_DEVIATION);
    }

    @Test
    void of_noteWithoutIbsCbs_isEmpty() {
        assertThat(IbsCbsLayoutVariant.of((Nfe) NfeXml.parsed(NfeXml.minimal().nfe()))).isEmpty();
    }
}
