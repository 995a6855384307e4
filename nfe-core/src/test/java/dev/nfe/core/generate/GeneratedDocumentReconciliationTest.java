package dev.nfe.core.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Re-reads generated documents independently (a DOM walk) and checks the layout's hard rules: item sums, the vNF
 * formula, tax totals, payments, and the check digits of the chave and of every CNPJ/CPF.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeneratedDocumentReconciliationTest {
    private static final String INF_NFE = "NFe/infNFe";
    private static final String ICMS_TOT = "NFe/infNFe/total/ICMSTot/";
    private static final String IBSCBS_TOT = "NFe/infNFe/total/IBSCBSTot/";

    private final NfeGenerator generator = NfeGenerator.seeded(99)
            .withItemsPerDocument(1, 15)
            .withReformShare(60)
            .withIssuePeriod(LocalDate.of(2025, 12, 1), LocalDate.of(2027, 2, 28));
    private List<Pair> documents;

    private record Pair(GeneratedDocument generated, ParsedXml xml) {
        ParsedXml infNFe() {
            return xml.one(INF_NFE);
        }

        List<ParsedXml> items() {
            return xml.all(INF_NFE + "/det");
        }

        BigDecimal total(String tag) {
            return xml.decimal(ICMS_TOT + tag);
        }

        /** The sum over items of a path relative to {@code det}. */
        BigDecimal itemSum(String path) {
            return items().stream().map(det -> det.sum(path)).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    @BeforeAll
    void generate() {
        documents = generator.stream(200).map(document -> new Pair(document, ParsedXml.parse(document.xml())))
                .toList();
    }

    @Test
    void generate_itemVProd_sumsToIcmsTotVProd() {
        assertThat(documents).allSatisfy(pair -> {
            assertThat(pair.items()).allSatisfy(det -> assertThat(det.text("prod/indTot")).isEqualTo("1"));
            assertThat(pair.itemSum("prod/vProd")).isEqualByComparingTo(pair.total("vProd"));
        });
    }

    @Test
    void generate_vNF_followsTheLayoutFormula() {
        assertThat(documents).allSatisfy(pair -> {
            BigDecimal expected = pair.total("vProd").subtract(pair.total("vDesc"))
                    .subtract(pair.total("vICMSDeson")).add(pair.total("vST")).add(pair.total("vFCPST"))
                    .add(pair.total("vFrete")).add(pair.total("vSeg")).add(pair.total("vOutro"))
                    .add(pair.total("vII")).add(pair.total("vIPI")).add(pair.total("vIPIDevol"));
            assertThat(pair.total("vNF")).isEqualByComparingTo(expected);
        });
    }

    @Test
    void generate_icmsTotValues_equalTheSumOverItems() {
        String icms = "imposto/ICMS/*/";
        assertThat(documents).allSatisfy(pair -> {
            assertThat(pair.total("vBC")).isEqualByComparingTo(pair.itemSum(icms + "vBC"));
            assertThat(pair.total("vICMS")).isEqualByComparingTo(pair.itemSum(icms + "vICMS"));
            assertThat(pair.total("vICMSDeson")).isEqualByComparingTo(pair.itemSum(icms + "vICMSDeson"));
            assertThat(pair.total("vFCP")).isEqualByComparingTo(pair.itemSum(icms + "vFCP"));
            assertThat(pair.total("vBCST")).isEqualByComparingTo(pair.itemSum(icms + "vBCST"));
            assertThat(pair.total("vST")).isEqualByComparingTo(pair.itemSum(icms + "vICMSST"));
            assertThat(pair.total("vFCPST")).isEqualByComparingTo(pair.itemSum(icms + "vFCPST"));
            assertThat(pair.total("vFCPSTRet")).isEqualByComparingTo(pair.itemSum(icms + "vFCPSTRet"));
            assertThat(pair.total("vIPI")).isEqualByComparingTo(pair.itemSum("imposto/IPI/IPITrib/vIPI"));
            assertThat(pair.total("vPIS")).isEqualByComparingTo(pair.itemSum("imposto/PIS/*/vPIS"));
            assertThat(pair.total("vCOFINS")).isEqualByComparingTo(pair.itemSum("imposto/COFINS/*/vCOFINS"));
            assertThat(pair.total("vFrete")).isEqualByComparingTo(pair.itemSum("prod/vFrete"));
            assertThat(pair.total("vSeg")).isEqualByComparingTo(pair.itemSum("prod/vSeg"));
            assertThat(pair.total("vDesc")).isEqualByComparingTo(pair.itemSum("prod/vDesc"));
            assertThat(pair.total("vOutro")).isEqualByComparingTo(pair.itemSum("prod/vOutro"));
            assertThat(pair.total("vTotTrib")).isEqualByComparingTo(pair.itemSum("imposto/vTotTrib"));
            assertThat(pair.xml().sum(ICMS_TOT + "vFCPUFDest"))
                    .isEqualByComparingTo(pair.itemSum("imposto/ICMSUFDest/vFCPUFDest"));
            assertThat(pair.xml().sum(ICMS_TOT + "vICMSUFDest"))
                    .isEqualByComparingTo(pair.itemSum("imposto/ICMSUFDest/vICMSUFDest"));
        });
    }

    @Test
    void generate_reformTotals_equalTheSumOverItems() {
        String group = "imposto/IBSCBS/gIBSCBS/";
        List<Pair> reform = documents.stream().filter(pair -> pair.xml().count(IBSCBS_TOT + "vBCIBSCBS") == 1)
                .toList();

        assertThat(reform).hasSizeGreaterThan(20).allSatisfy(pair -> {
            ParsedXml xml = pair.xml();
            assertThat(xml.decimal(IBSCBS_TOT + "vBCIBSCBS")).isEqualByComparingTo(pair.itemSum(group + "vBC"));
            assertThat(xml.decimal(IBSCBS_TOT + "gIBS/gIBSUF/vIBSUF"))
                    .isEqualByComparingTo(pair.itemSum(group + "gIBSUF/vIBSUF"));
            assertThat(xml.decimal(IBSCBS_TOT + "gIBS/gIBSMun/vIBSMun"))
                    .isEqualByComparingTo(pair.itemSum(group + "gIBSMun/vIBSMun"));
            assertThat(xml.decimal(IBSCBS_TOT + "gIBS/vIBS")).isEqualByComparingTo(pair.itemSum(group + "vIBS"));
            assertThat(xml.decimal(IBSCBS_TOT + "gCBS/vCBS")).isEqualByComparingTo(pair.itemSum(group + "gCBS/vCBS"));
            assertThat(xml.sum("NFe/infNFe/total/ISTot/vIS")).isEqualByComparingTo(pair.itemSum("imposto/IS/vIS"));
            assertThat(xml.decimal("NFe/infNFe/total/vNFTot")).isEqualByComparingTo(pair.itemSum("vItem"));
        });
    }

    @Test
    void generate_vNFTot_equalsVNFIn2026AndAddsIbsCbsAndIsFrom2027() {
        assertThat(documents).filteredOn(pair -> pair.generated().totals().vNFTot().isPresent()).allSatisfy(pair -> {
            ParsedXml xml = pair.xml();
            BigDecimal expected = pair.total("vNF");
            if (pair.generated().dhEmi().startsWith("2027")) {
                expected = expected.add(xml.decimal(IBSCBS_TOT + "gIBS/vIBS"))
                        .add(xml.decimal(IBSCBS_TOT + "gCBS/vCBS")).add(xml.sum("NFe/infNFe/total/ISTot/vIS"));
            }
            assertThat(xml.decimal("NFe/infNFe/total/vNFTot")).isEqualByComparingTo(expected);
        });
    }

    @Test
    void generate_chave_hasValidCheckDigitAndMatchesIdeAndEmit() {
        DateTimeFormatter aamm = DateTimeFormatter.ofPattern("yyMM");
        assertThat(documents).allSatisfy(pair -> {
            ParsedXml ide = pair.infNFe().one("ide");
            String chave = pair.infNFe().attribute("Id").substring(3);
            String expected = ide.text("cUF")
                    + OffsetDateTime.parse(ide.text("dhEmi")).format(aamm)
                    + pair.infNFe().text("emit/CNPJ")
                    + ide.text("mod")
                    + String.format("%03d", Integer.parseInt(ide.text("serie")))
                    + String.format("%09d", Long.parseLong(ide.text("nNF")))
                    + ide.text("tpEmis")
                    + ide.text("cNF")
                    + ide.text("cDV");
            assertThat(pair.infNFe().attribute("Id")).startsWith("NFe");
            assertThat(chave).isEqualTo(expected).isEqualTo(pair.generated().chave());
            assertThat(GeneratedChave.isValid(chave)).isTrue();
            assertThat(pair.xml().text("protNFe/infProt/chNFe")).isEqualTo(chave);
            assertThat(Long.parseLong(ide.text("cNF"))).isNotEqualTo(Long.parseLong(ide.text("nNF")));
        });
    }

    @Test
    void generate_everyCnpjAndCpf_hasValidCheckDigits() {
        assertThat(documents).allSatisfy(pair -> {
            assertThat(pair.xml().descendantTexts("CNPJ")).isNotEmpty()
                    .allSatisfy(cnpj -> assertThat(GeneratedCnpj.isValid(cnpj)).as(cnpj).isTrue());
            assertThat(pair.xml().descendantTexts("CPF"))
                    .allSatisfy(cpf -> assertThat(GeneratedCpf.isValid(cpf)).as(cpf).isTrue());
        });
    }

    @Test
    void generate_expectedValues_matchTheXml() {
        assertThat(documents).allSatisfy(pair -> {
            GeneratedDocument generated = pair.generated();
            ParsedXml infNFe = pair.infNFe();
            assertThat(generated.vNF()).isEqualByComparingTo(pair.total("vNF"));
            assertThat(generated.vProd()).isEqualByComparingTo(pair.total("vProd"));
            assertThat(generated.itemVProdSum()).isEqualByComparingTo(generated.vProd());
            assertThat(generated.itemCount()).isEqualTo(pair.items().size());
            assertThat(generated.dhEmi()).isEqualTo(infNFe.text("ide/dhEmi"));
            assertThat(generated.emitterCnpj()).isEqualTo(infNFe.text("emit/CNPJ"));
            assertThat(generated.model().code()).isEqualTo(infNFe.text("ide/mod"));
            assertThat(generated.nProt()).isEqualTo(pair.xml().text("protNFe/infProt/nProt"));
            assertThat(generated.dhRecbto()).isEqualTo(pair.xml().text("protNFe/infProt/dhRecbto"));
            assertThat(generated.recipient().map(GeneratedParty::taxId))
                    .isEqualTo(infNFe.optionalText("dest/CNPJ").or(() -> infNFe.optionalText("dest/CPF")));
            TaxTotals taxes = generated.totals().taxes();
            assertThat(taxes.vICMS()).isEqualByComparingTo(pair.total("vICMS"));
            assertThat(taxes.vST()).isEqualByComparingTo(pair.total("vST"));
            assertThat(taxes.vPIS()).isEqualByComparingTo(pair.total("vPIS"));
            assertThat(taxes.vIBS()).isEqualByComparingTo(pair.xml().sum(IBSCBS_TOT + "gIBS/vIBS"));
            assertThat(generated.totals().vNFTot().map(BigDecimal::stripTrailingZeros))
                    .isEqualTo(infNFe.optionalText("total/vNFTot").map(t -> new BigDecimal(t).stripTrailingZeros()));
            List<ParsedXml> items = pair.items();
            for (GeneratedItem item : generated.items()) {
                ParsedXml det = items.get(item.nItem() - 1);
                assertThat(det.attribute("nItem")).isEqualTo(Integer.toString(item.nItem()));
                assertThat(item.cProd()).isEqualTo(det.text("prod/cProd"));
                assertThat(item.xProd()).isEqualTo(det.text("prod/xProd"));
                assertThat(item.cfop()).isEqualTo(det.text("prod/CFOP"));
                assertThat(item.vProd()).isEqualByComparingTo(det.decimal("prod/vProd"));
                assertThat(item.qCom()).isEqualByComparingTo(det.decimal("prod/qCom"));
                assertThat(item.vUnCom()).isEqualByComparingTo(det.decimal("prod/vUnCom"));
                assertThat(det.one("imposto/ICMS/*").name()).isEqualTo(item.icmsGroup());
                assertThat(item.taxes().vICMS()).isEqualByComparingTo(det.sum("imposto/ICMS/*/vICMS"));
            }
        });
    }

    @Test
    void generate_itemVProd_isQuantityTimesUnitPriceRounded() {
        assertThat(documents).allSatisfy(pair -> assertThat(pair.items()).allSatisfy(det -> {
            BigDecimal product = det.decimal("prod/qCom").multiply(det.decimal("prod/vUnCom"))
                    .setScale(2, RoundingMode.HALF_UP);
            assertThat(det.decimal("prod/vProd")).isEqualByComparingTo(product);
        }));
    }

    @Test
    void generate_paymentsAndInstallments_addUpToVNF() {
        assertThat(documents).allSatisfy(pair -> {
            ParsedXml infNFe = pair.infNFe();
            BigDecimal paid = infNFe.sum("pag/detPag/vPag").subtract(infNFe.sum("pag/vTroco"));
            assertThat(paid).isEqualByComparingTo(pair.total("vNF"));
            infNFe.optionalText("cobr/fat/vLiq").ifPresent(vLiq -> assertThat(infNFe.sum("cobr/dup/vDup"))
                    .isEqualByComparingTo(new BigDecimal(vLiq)).isEqualByComparingTo(pair.total("vNF")));
        });
    }

    @Test
    void generate_intermediaryIndicator_matchesInfIntermed() {
        assertThat(documents).allSatisfy(pair -> {
            ParsedXml infNFe = pair.infNFe();
            String indPres = infNFe.text("ide/indPres");
            assertThat(infNFe.count("ide/indIntermed")).isEqualTo(indPres.equals("1") ? 0 : 1);
            boolean intermediated = infNFe.optionalText("ide/indIntermed").filter("1"::equals).isPresent();
            assertThat(infNFe.count("infIntermed")).isEqualTo(intermediated ? 1 : 0);
        });
    }

    @Test
    void generate_difal_appearsOnlyOnInterstateSalesToNonContributors() {
        assertThat(documents).filteredOn(pair -> pair.xml().count(INF_NFE + "/det/imposto/ICMSUFDest") > 0)
                .isNotEmpty()
                .allSatisfy(pair -> {
                    ParsedXml infNFe = pair.infNFe();
                    assertThat(infNFe.text("ide/idDest")).isEqualTo("2");
                    assertThat(infNFe.text("ide/indFinal")).isEqualTo("1");
                    assertThat(infNFe.text("dest/indIEDest")).isEqualTo("9");
                    assertThat(infNFe.text("dest/enderDest/UF")).isNotEqualTo(infNFe.text("emit/enderEmit/UF"));
                });
    }
}
