package dev.nfe.core.validate;

import dev.nfe.core.model.AccessKey;
import dev.nfe.core.model.COFINS;
import dev.nfe.core.model.COFINSST;
import dev.nfe.core.model.Dest;
import dev.nfe.core.model.Det;
import dev.nfe.core.model.DetPag;
import dev.nfe.core.model.Emit;
import dev.nfe.core.model.Ender;
import dev.nfe.core.model.GCBS;
import dev.nfe.core.model.GIBSCBS;
import dev.nfe.core.model.GIBSMun;
import dev.nfe.core.model.GIBSUF;
import dev.nfe.core.model.IBSCBS;
import dev.nfe.core.model.IBSCBSTot;
import dev.nfe.core.model.ICMS;
import dev.nfe.core.model.ICMSTot;
import dev.nfe.core.model.ICMSUFDest;
import dev.nfe.core.model.II;
import dev.nfe.core.model.IPI;
import dev.nfe.core.model.IS;
import dev.nfe.core.model.ISSQN;
import dev.nfe.core.model.ISSQNtot;
import dev.nfe.core.model.ISTot;
import dev.nfe.core.model.IbsCbsLayoutVariant;
import dev.nfe.core.model.Ide;
import dev.nfe.core.model.Imposto;
import dev.nfe.core.model.ImpostoDevol;
import dev.nfe.core.model.InfNFeSupl;
import dev.nfe.core.model.Nfe;
import dev.nfe.core.model.PIS;
import dev.nfe.core.model.PISST;
import dev.nfe.core.model.Pag;
import dev.nfe.core.model.Prod;
import dev.nfe.core.model.ProtNFe;
import dev.nfe.core.model.Total;
import dev.nfe.core.model.Transp;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Builds consistent NF-e 4.00 notes by hand for validator tests: {@code NfeFixtures.nfe().build()} passes every rule,
 * and each {@code with…} changes one thing. The chave is derived from ide/emit (cUF 35, AAMM 1808, CNPJ
 * 34128745000152, mod 55, serie 1, nNF 47428, tpEmis 1, cNF 92000749, so it is the chave
 * 35180834128745000152550010000474281920007498 of a corpus note) unless overridden, and ICMSTot is the plain sum of
 * the items unless a total is overridden.
 */
final class NfeFixtures {

    static final String CHAVE = "35180834128745000152550010000474281920007498";
    static final String EMIT_CNPJ = "34128745000152";
    static final String DEST_CNPJ = "11222333000181";
    static final String VALID_CPF = "52998224725";
    static final OffsetDateTime DH_EMI = OffsetDateTime.parse("2018-08-07T09:19:15-03:00");

    private String versao = "4.00";
    private String cUF = "35";
    private Optional<OffsetDateTime> dhEmi = Optional.of(DH_EMI);
    private Optional<LocalDate> dEmi = Optional.empty();
    private Optional<OffsetDateTime> dhSaiEnt = Optional.empty();
    private Optional<LocalDate> dSaiEnt = Optional.empty();
    private Optional<String> emitCnpj = Optional.of(EMIT_CNPJ);
    private Optional<String> emitCpf = Optional.empty();
    private int mod = 55;
    private int serie = 1;
    private long nNF = 47428;
    private String tpEmis = "1";
    private String cNF = "92000749";
    private Optional<String> cDV = Optional.empty();
    private Optional<String> chave = Optional.empty();
    private Optional<Dest> dest = Optional.of(dest(Optional.of(DEST_CNPJ), Optional.empty()));
    private List<Det> items = List.of(item(1, "100.00").build(), item(2, "50.50").build());
    private final Map<String, Optional<String>> totalOverrides = new HashMap<>();
    private Optional<ISSQNtot> issqnTot = Optional.empty();
    private Optional<IBSCBSTot> ibscbsTot = Optional.empty();
    private Optional<ISTot> isTot = Optional.empty();
    private Optional<BigDecimal> vNFTot = Optional.empty();
    private Optional<ProtNFe> protNFe = Optional.empty();
    private Optional<InfNFeSupl> infNFeSupl = Optional.empty();
    private List<DetPag> detPag = List.of();

    private NfeFixtures() {
    }

    /** A consistent NF-e 4.00 with two items (100.00 and 50.50, ICMS00 at 18%, PIS and COFINS). */
    static NfeFixtures nfe() {
        return new NfeFixtures();
    }

    NfeFixtures withVersao(String value) {
        versao = value;
        return this;
    }

    NfeFixtures withCUF(String value) {
        cUF = value;
        return this;
    }

    NfeFixtures withDhEmi(Optional<OffsetDateTime> value) {
        dhEmi = value;
        return this;
    }

    NfeFixtures withDEmi(Optional<LocalDate> value) {
        dEmi = value;
        return this;
    }

    NfeFixtures withDhSaiEnt(OffsetDateTime value) {
        dhSaiEnt = Optional.of(value);
        return this;
    }

    NfeFixtures withDSaiEnt(LocalDate value) {
        dSaiEnt = Optional.of(value);
        return this;
    }

    /** The issuer's CNPJ and CPF, as the document gives them (both may be empty). */
    NfeFixtures withEmitter(Optional<String> cnpj, Optional<String> cpf) {
        emitCnpj = cnpj;
        emitCpf = cpf;
        return this;
    }

    NfeFixtures withMod(int value) {
        mod = value;
        return this;
    }

    NfeFixtures withSerie(int value) {
        serie = value;
        return this;
    }

    NfeFixtures withNNF(long value) {
        nNF = value;
        return this;
    }

    NfeFixtures withTpEmis(String value) {
        tpEmis = value;
        return this;
    }

    NfeFixtures withCNF(String value) {
        cNF = value;
        return this;
    }

    /** ide/cDV as written; by default the last character of the chave. */
    NfeFixtures withCDV(String value) {
        cDV = Optional.of(value);
        return this;
    }

    /** infNFe/@Id (without NFe); by default derived from ide/emit. */
    NfeFixtures withChave(String value) {
        chave = Optional.of(value);
        return this;
    }

    NfeFixtures withDest(Optional<Dest> value) {
        dest = value;
        return this;
    }

    NfeFixtures withItems(Item... value) {
        items = Arrays.stream(value).map(Item::build).toList();
        return this;
    }

    /** Overrides one ICMSTot component by its tag name ({@code vNF}, {@code vICMSDeson} …). */
    NfeFixtures withTotal(String tag, String value) {
        totalOverrides.put(tag, Optional.of(value));
        return this;
    }

    /** Leaves out an optional ICMSTot component, as older layouts do. */
    NfeFixtures withoutTotal(String tag) {
        totalOverrides.put(tag, Optional.empty());
        return this;
    }

    NfeFixtures withIssqnTot(ISSQNtot value) {
        issqnTot = Optional.of(value);
        return this;
    }

    NfeFixtures withIbsCbsTot(IBSCBSTot value) {
        ibscbsTot = Optional.of(value);
        return this;
    }

    NfeFixtures withIsTot(String vIS) {
        isTot = Optional.of(new ISTot(new BigDecimal(vIS)));
        return this;
    }

    NfeFixtures withVNFTot(String value) {
        vNFTot = Optional.of(new BigDecimal(value));
        return this;
    }

    NfeFixtures withProtNFe(ProtNFe value) {
        protNFe = Optional.of(value);
        return this;
    }

    NfeFixtures withInfNFeSupl(InfNFeSupl value) {
        infNFeSupl = Optional.of(value);
        return this;
    }

    NfeFixtures withDetPag(String... vPag) {
        detPag = Arrays.stream(vPag)
                .map(v -> new DetPag(Optional.empty(), "01", Optional.empty(), new BigDecimal(v), Optional.empty(),
                        Optional.empty(), Optional.empty(), Optional.empty()))
                .toList();
        return this;
    }

    /** The chave ide/emit call for, with its computed check digit. */
    String derivedChave() {
        LocalDate date = dhEmi.map(OffsetDateTime::toLocalDate).or(() -> dEmi).orElse(DH_EMI.toLocalDate());
        String emitter = emitCnpj.or(() -> emitCpf).orElse("");
        String body = cUF + pad(Integer.toString(date.getYear() % 100), 2) + pad(Integer.toString(
                date.getMonthValue()), 2) + pad(emitter, 14) + pad(Integer.toString(mod), 2)
                + pad(Integer.toString(serie), 3) + pad(Long.toString(nNF), 9) + tpEmis + pad(cNF, 8);
        return body + AccessKey.computeCheckDigit(body);
    }

    Nfe build() {
        String effectiveChave = chave.orElse(derivedChave());
        Ide ide = new Ide(cUF, cNF, "VENDA", Optional.empty(), mod, serie, nNF, dhEmi, dEmi, dhSaiEnt, dSaiEnt,
                Optional.empty(), Optional.empty(), "1", Optional.of("1"), "3550308", Optional.empty(), "1", tpEmis,
                cDV.orElse(effectiveChave.substring(effectiveChave.length() - 1)), "2", "1", Optional.empty(),
                Optional.empty(), Optional.of("0"), Optional.of("1"), Optional.empty(), Optional.empty(), "0", "test", Optional.empty(),
                Optional.empty(), List.of(), Optional.empty(), Optional.empty());
        Emit emit = new Emit(emitCnpj, emitCpf, "EMITENTE", Optional.empty(), ender(), "111111111111",
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("3"), Optional.empty());
        Total total = new Total(icmsTot(), issqnTot, Optional.empty(), isTot, ibscbsTot, vNFTot);
        Transp transp = new Transp("9", Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
                Optional.empty(), Optional.empty(), List.of());
        return new Nfe(new AccessKey(effectiveChave), versao, ide, emit, Optional.empty(), dest,
                Optional.empty(), Optional.empty(), List.of(), items, total, transp, Optional.empty(),
                new Pag(detPag, Optional.empty()), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), infNFeSupl, protNFe, List.of());
    }

    /**
     * ICMSTot as the plain sum of the items: taxes over all items, vProd over indTot=1, and vNF = vProd − vDesc + vST
     * + vFrete + vSeg + vOutro + vII + vIPI (no desonerated ICMS, no services); then the overrides.
     */
    private ICMSTot icmsTot() {
        Map<String, Optional<String>> t = new LinkedHashMap<>();
        BigDecimal vProd = sum(items.stream().filter(d -> d.prod().indTot().map("1"::equals).orElse(true))
                .map(d -> Optional.of(d.prod().vProd())));
        BigDecimal vDesc = sum(items.stream().map(d -> d.prod().vDesc()));
        BigDecimal vFrete = sum(items.stream().map(d -> d.prod().vFrete()));
        BigDecimal vSeg = sum(items.stream().map(d -> d.prod().vSeg()));
        BigDecimal vOutro = sum(items.stream().map(d -> d.prod().vOutro()));
        BigDecimal vST = sum(items.stream().map(d -> d.imposto().icms().flatMap(ICMS::vICMSST)));
        BigDecimal vII = sum(items.stream().map(d -> d.imposto().ii().map(II::vII)));
        BigDecimal vIPI = sum(items.stream().map(d -> d.imposto().ipi().flatMap(IPI::vIPI)));
        t.put("vBC", some(sum(items.stream().map(d -> d.imposto().icms().flatMap(ICMS::vBC)))));
        t.put("vICMS", some(sum(items.stream().map(d -> d.imposto().icms().flatMap(ICMS::vICMS)))));
        t.put("vICMSDeson", some(sum(items.stream().map(d -> d.imposto().icms().flatMap(ICMS::vICMSDeson)))));
        t.put("vFCPUFDest", Optional.empty());
        t.put("vICMSUFDest", Optional.empty());
        t.put("vICMSUFRemet", Optional.empty());
        t.put("vFCP", some(BigDecimal.ZERO));
        t.put("vBCST", some(sum(items.stream().map(d -> d.imposto().icms().flatMap(ICMS::vBCST)))));
        t.put("vST", some(vST));
        t.put("vFCPST", some(BigDecimal.ZERO));
        t.put("vFCPSTRet", some(BigDecimal.ZERO));
        t.put("vProd", some(vProd));
        t.put("vFrete", some(vFrete));
        t.put("vSeg", some(vSeg));
        t.put("vDesc", some(vDesc));
        t.put("vII", some(vII));
        t.put("vIPI", some(vIPI));
        t.put("vIPIDevol", some(BigDecimal.ZERO));
        t.put("vPIS", some(sum(items.stream().map(d -> d.imposto().pis().flatMap(PIS::vPIS)))));
        t.put("vCOFINS", some(sum(items.stream().map(d -> d.imposto().cofins().flatMap(COFINS::vCOFINS)))));
        t.put("vOutro", some(vOutro));
        t.put("vNF", some(vProd.subtract(vDesc).add(vST).add(vFrete).add(vSeg).add(vOutro).add(vII).add(vIPI)));
        Set<String> unknown = new HashSet<>(totalOverrides.keySet());
        unknown.removeAll(Set.of("vBC", "vICMS", "vICMSDeson", "vFCPUFDest", "vICMSUFDest", "vICMSUFRemet", "vFCP",
                "vBCST", "vST", "vFCPST", "vFCPSTRet", "vProd", "vFrete", "vSeg", "vDesc", "vII", "vIPI", "vIPIDevol",
                "vPIS", "vCOFINS", "vOutro", "vNF"));
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("Cannot override ICMSTot components " + unknown);
        }
        t.putAll(totalOverrides);
        return new ICMSTot(req(t, "vBC"), req(t, "vICMS"), opt(t, "vICMSDeson"), opt(t, "vFCPUFDest"),
                opt(t, "vICMSUFDest"), opt(t, "vICMSUFRemet"), opt(t, "vFCP"), req(t, "vBCST"), req(t, "vST"),
                opt(t, "vFCPST"), opt(t, "vFCPSTRet"), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), req(t, "vProd"), req(t, "vFrete"),
                req(t, "vSeg"), req(t, "vDesc"), req(t, "vII"), req(t, "vIPI"), opt(t, "vIPIDevol"),
                req(t, "vPIS"), req(t, "vCOFINS"), req(t, "vOutro"), req(t, "vNF"), Optional.empty());
    }

    /** An item of value {@code vProd}: ICMS00 at 18%, PISAliq at 1.65%, COFINSAliq at 7.60%. */
    static Item item(int nItem, String vProd) {
        return new Item(nItem, vProd);
    }

    static Dest dest(Optional<String> cnpj, Optional<String> cpf) {
        return new Dest(cnpj, cpf, Optional.empty(), Optional.of("DESTINATARIO"), Optional.empty(), Optional.of("9"),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    static ProtNFe protNFe(String chNFe, String cStat, OffsetDateTime dhRecbto) {
        return new ProtNFe("4.00", Optional.empty(), "2", "SP_NFE_PL_008i2", chNFe, Optional.of(dhRecbto),
                Optional.of("135180000000001"), Optional.empty(), cStat, "motivo", Optional.empty(), Optional.empty());
    }

    /** IBSCBSTot with the state share of IBS only (the municipal share zero), no deferral, no credits. */
    static IBSCBSTot ibsCbsTot(String vBCIBSCBS, String vIBS, String vCBS) {
        BigDecimal zero = BigDecimal.ZERO;
        return new IBSCBSTot(new BigDecimal(vBCIBSCBS),
                Optional.of(new IBSCBSTot.GIBS(new IBSCBSTot.GIBSUF(zero, zero, new BigDecimal(vIBS)),
                        new IBSCBSTot.GIBSMun(zero, zero, zero), new BigDecimal(vIBS), zero, zero)),
                Optional.of(new IBSCBSTot.GCBS(zero, zero, new BigDecimal(vCBS), zero, zero)),
                Optional.empty(), Optional.empty());
    }

    /** An item's IBSCBS (CST 000) with gIBSCBS: base, state and municipal IBS, and CBS. */
    static IBSCBS ibsCbs(String vBC, String vIBSUF, String vIBSMun, String vCBS) {
        BigDecimal ibsUf = new BigDecimal(vIBSUF);
        BigDecimal ibsMun = new BigDecimal(vIBSMun);
        GIBSCBS group = new GIBSCBS(new BigDecimal(vBC),
                new GIBSUF(new BigDecimal("0.1000"), Optional.empty(), Optional.empty(), Optional.empty(), ibsUf),
                new GIBSMun(new BigDecimal("0.0000"), Optional.empty(), Optional.empty(), Optional.empty(), ibsMun),
                ibsUf.add(ibsMun),
                new GCBS(new BigDecimal("0.9000"), Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.empty(), new BigDecimal(vCBS)),
                Optional.empty(), Optional.empty());
        return new IBSCBS("000", "000001", Optional.empty(), Optional.of(group), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), IbsCbsLayoutVariant.V1_20);
    }

    /** ISSQNtot with the services' value, base and tax. */
    static ISSQNtot issqnTot(String vServ, String vBC, String vISS) {
        return new ISSQNtot(Optional.of(new BigDecimal(vServ)), Optional.of(new BigDecimal(vBC)),
                Optional.of(new BigDecimal(vISS)), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    /**
     * An ICMS group from component names and values ({@code "vBC", "100.00", "vICMS", "18.00"}), the others empty.
     */
    static ICMS icms(String group, String... namesAndValues) {
        Map<String, String> v = pairs(namesAndValues);
        ICMS icms = new ICMS(group, s(v, "orig"), s(v, "cst"), s(v, "csosn"), s(v, "modBC"), d(v, "pRedBC"),
                s(v, "cBenefRBC"), d(v, "vBC"), d(v, "pICMS"), d(v, "vICMSOp"), d(v, "pDif"), d(v, "vICMSDif"),
                d(v, "vICMS"), d(v, "vBCFCP"), d(v, "pFCP"), d(v, "vFCP"), d(v, "pFCPDif"), d(v, "vFCPDif"),
                d(v, "vFCPEfet"), s(v, "modBCST"), d(v, "pMVAST"), d(v, "pRedBCST"), d(v, "vBCST"), d(v, "pICMSST"),
                d(v, "vICMSST"), d(v, "vBCFCPST"), d(v, "pFCPST"), d(v, "vFCPST"), d(v, "vICMSDeson"),
                s(v, "motDesICMS"), s(v, "indDeduzDeson"), d(v, "vICMSSTDeson"), s(v, "motDesICMSST"),
                d(v, "qBCMono"), d(v, "adRemICMS"), d(v, "vICMSMono"), d(v, "vICMSMonoOp"), d(v, "vICMSMonoDif"),
                d(v, "qBCMonoDif"), d(v, "adRemICMSDif"), d(v, "qBCMonoReten"), d(v, "adRemICMSReten"),
                d(v, "vICMSMonoReten"), d(v, "pRedAdRem"), s(v, "motRedAdRem"), d(v, "qBCMonoRet"),
                d(v, "adRemICMSRet"), d(v, "vICMSMonoRet"), d(v, "vBCSTRet"), d(v, "pST"), d(v, "vICMSSubstituto"),
                d(v, "vICMSSTRet"), d(v, "vBCFCPSTRet"), d(v, "pFCPSTRet"), d(v, "vFCPSTRet"), d(v, "pRedBCEfet"),
                d(v, "vBCEfet"), d(v, "pICMSEfet"), d(v, "vICMSEfet"), d(v, "vBCSTDest"), d(v, "vICMSSTDest"),
                d(v, "pBCOp"), s(v, "ufst"), d(v, "pCredSN"), d(v, "vCredICMSSN"));
        if (!v.isEmpty()) {
            throw new IllegalArgumentException("Cannot build ICMS: unknown components " + v.keySet());
        }
        return icms;
    }

    /** An item under construction; {@link NfeFixtures#withItems} builds it. */
    static final class Item {
        private final int nItem;
        private final BigDecimal vProd;
        private Optional<String> indTot = Optional.of("1");
        private Optional<BigDecimal> vItem = Optional.empty();
        private Optional<BigDecimal> vDesc = Optional.empty();
        private Optional<BigDecimal> vFrete = Optional.empty();
        private Optional<BigDecimal> vSeg = Optional.empty();
        private Optional<BigDecimal> vOutro = Optional.empty();
        private Optional<ICMS> icms;
        private Optional<IPI> ipi = Optional.empty();
        private Optional<II> ii = Optional.empty();
        private Optional<ISSQN> issqn = Optional.empty();
        private Optional<PIS> pis;
        private Optional<PISST> pisst = Optional.empty();
        private Optional<COFINS> cofins;
        private Optional<COFINSST> cofinsst = Optional.empty();
        private Optional<ICMSUFDest> icmsufDest = Optional.empty();
        private Optional<IS> is = Optional.empty();
        private Optional<IBSCBS> ibscbs = Optional.empty();
        private Optional<ImpostoDevol> impostoDevol = Optional.empty();

        private Item(int nItem, String vProd) {
            this.nItem = nItem;
            this.vProd = new BigDecimal(vProd);
            this.icms = Optional.of(icms("ICMS00", "orig", "0", "cst", "00", "modBC", "3", "vBC", vProd,
                    "pICMS", "18.00", "vICMS", percent(this.vProd, "18.00").toPlainString()));
            this.pis = Optional.of(new PIS("PISAliq", "01", Optional.of(this.vProd), Optional.of(new BigDecimal(
                    "1.6500")), Optional.empty(), Optional.empty(), Optional.of(percent(this.vProd, "1.65"))));
            this.cofins = Optional.of(new COFINS("COFINSAliq", "01", Optional.of(this.vProd), Optional.of(
                    new BigDecimal("7.6000")), Optional.empty(), Optional.empty(), Optional.of(percent(this.vProd,
                    "7.60"))));
        }

        /** indTot as written; empty as in layouts before 2.00. */
        Item withIndTot(Optional<String> value) {
            indTot = value;
            return this;
        }

        Item withVItem(String value) {
            vItem = Optional.of(new BigDecimal(value));
            return this;
        }

        Item withVDesc(String value) {
            vDesc = Optional.of(new BigDecimal(value));
            return this;
        }

        Item withVFrete(String value) {
            vFrete = Optional.of(new BigDecimal(value));
            return this;
        }

        Item withIcms(ICMS value) {
            icms = Optional.of(value);
            return this;
        }

        Item withoutIcms() {
            icms = Optional.empty();
            return this;
        }

        Item withIpi(String vIPI) {
            ipi = Optional.of(new IPI(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), "999",
                    "IPITrib", "50", Optional.of(vProd), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.of(new BigDecimal(vIPI))));
            return this;
        }

        Item withIi(String vII) {
            ii = Optional.of(new II(vProd, BigDecimal.ZERO, new BigDecimal(vII), BigDecimal.ZERO));
            return this;
        }

        /** Makes the item a service: ISSQN on vProd at 5%, no ICMS. */
        Item withIssqn() {
            icms = Optional.empty();
            issqn = Optional.of(new ISSQN(vProd, new BigDecimal("5.00"), percent(vProd, "5.00"), "3550308", "01.01",
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.of("1"), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.of("2")));
            return this;
        }

        Item withPisSt(String vPIS, Optional<String> indSomaPISST) {
            pisst = Optional.of(new PISST(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    new BigDecimal(vPIS), indSomaPISST));
            return this;
        }

        Item withCofinsSt(String vCOFINS, Optional<String> indSomaCOFINSST) {
            cofinsst = Optional.of(new COFINSST(Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), new BigDecimal(vCOFINS), indSomaCOFINSST));
            return this;
        }

        Item withIcmsUfDest(String vFCPUFDest, String vICMSUFDest, String vICMSUFRemet) {
            icmsufDest = Optional.of(new ICMSUFDest(vProd, Optional.empty(), Optional.empty(),
                    new BigDecimal("18.00"), new BigDecimal("12.00"), new BigDecimal("100.00"),
                    Optional.of(new BigDecimal(vFCPUFDest)), new BigDecimal(vICMSUFDest),
                    new BigDecimal(vICMSUFRemet)));
            return this;
        }

        Item withIs(String vIS) {
            is = Optional.of(new IS("000", "000001", Optional.of(vProd), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.of(new BigDecimal(vIS))));
            return this;
        }

        Item withIbsCbs(IBSCBS value) {
            ibscbs = Optional.of(value);
            return this;
        }

        Item withIpiDevol(String vIPIDevol) {
            impostoDevol = Optional.of(new ImpostoDevol(new BigDecimal("100.00"), new BigDecimal(vIPIDevol)));
            return this;
        }

        Det build() {
            Prod prod = new Prod("P" + nItem, "SEM GTIN", Optional.empty(), "PRODUTO " + nItem, "82122010",
                    List.of(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
                    Optional.empty(), Optional.empty(), "5102", "UN", BigDecimal.ONE, vProd, vProd, "SEM GTIN",
                    Optional.empty(), "UN", BigDecimal.ONE, vProd, vFrete, vSeg, vDesc, vOutro, indTot,
                    Optional.empty(), List.of(), List.of(), Optional.empty(), Optional.empty(), Optional.empty(),
                    List.of(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
                    Optional.empty(), Optional.empty());
            Imposto imposto = new Imposto(Optional.empty(), icms, ipi, ii, issqn, pis, pisst, cofins, cofinsst,
                    icmsufDest, is, ibscbs);
            return new Det(nItem, prod, imposto, impostoDevol, Optional.empty(), Optional.empty(), vItem,
                    Optional.empty());
        }
    }

    private static Ender ender() {
        return new Ender("RUA A", "1", Optional.empty(), "CENTRO", "3550308", "SAO PAULO", "SP", Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static BigDecimal percent(BigDecimal base, String rate) {
        return base.multiply(new BigDecimal(rate)).divide(new BigDecimal("100"), 2, RoundingMode.HALF_UP);
    }

    private static BigDecimal sum(Stream<Optional<BigDecimal>> amounts) {
        return amounts.flatMap(Optional::stream).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static Optional<String> some(BigDecimal value) {
        return Optional.of(value.toPlainString());
    }

    private static BigDecimal req(Map<String, Optional<String>> totals, String tag) {
        return totals.get(tag).map(BigDecimal::new)
                .orElseThrow(() -> new IllegalArgumentException("ICMSTot/" + tag + " is required"));
    }

    private static Optional<BigDecimal> opt(Map<String, Optional<String>> totals, String tag) {
        return totals.get(tag).map(BigDecimal::new);
    }

    private static String pad(String value, int width) {
        return value.length() >= width ? value : "0".repeat(width - value.length()) + value;
    }

    private static Map<String, String> pairs(String... namesAndValues) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }

    /** Takes a string component out of {@code v}, so what is left at the end names unknown components. */
    private static Optional<String> s(Map<String, String> v, String name) {
        return Optional.ofNullable(v.remove(name));
    }

    private static Optional<BigDecimal> d(Map<String, String> v, String name) {
        return s(v, name).map(BigDecimal::new);
    }
}
