package dev.nfe.core.generate;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * Writes one nfeProc 4.00 document in a single pass, in XSD order: the items are written first and their rounded
 * amounts summed, so the totals that follow them reconcile exactly; payments are drawn once vNF is known.
 */
final class DocumentComposer {
    static final String TP_AMB = "1";
    private static final long BODY_STREAM = 2;
    private static final String LAYOUT = "4.00";
    private static final String VER_PROC = "nfe-synth 1.0";
    private static final List<String> SALE_NATURES = List.of("Venda de mercadoria",
            "Venda de mercadoria adquirida de terceiros", "Venda de produção do estabelecimento");

    /** Who buys and how: the recipient, if any, indPres and, for sales not in person, indIntermed. */
    private record Sale(Optional<Recipient> recipient, String indPres, Optional<String> indIntermed) {
        Sale {
            Objects.requireNonNull(recipient, "recipient");
            Objects.requireNonNull(indPres, "indPres");
            Objects.requireNonNull(indIntermed, "indIntermed");
        }

        boolean isIntermediated() {
            return indIntermed.filter("1"::equals).isPresent();
        }
    }

    private final GeneratorSettings settings;
    private final List<Recipient> companies;
    private final String technicalResponsible;
    private final IntFunction<String> chaveOfIndex;

    /**
     * @param companies the pool company recipients are drawn from
     * @param technicalResponsible CNPJ of the software house in infRespTec
     * @param chaveOfIndex the chave of another index, for NFref
     */
    DocumentComposer(GeneratorSettings settings, List<Recipient> companies, String technicalResponsible,
                     IntFunction<String> chaveOfIndex) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.companies = List.copyOf(companies);
        this.technicalResponsible = Objects.requireNonNull(technicalResponsible, "technicalResponsible");
        this.chaveOfIndex = Objects.requireNonNull(chaveOfIndex, "chaveOfIndex");
    }

    GeneratedDocument compose(DocumentHeader header) {
        SeededRandom random = SeededRandom.of(settings.seed(), BODY_STREAM, header.index());
        Emitter emitter = header.emitter();
        boolean nfce = header.model() == DocumentModel.NFCE;
        Optional<Recipient> recipient = recipient(random, nfce, emitter);
        String indPres = nfce ? (random.percent(85) ? "1" : "4") : random.pick(List.of("1", "2", "9"));
        // Required for every sale that is not in person; 1 means a marketplace intermediated it (infIntermed).
        Optional<String> indIntermed = indPres.equals("1") ? Optional.empty()
                : Optional.of(indPres.equals("2") && random.percent(30) ? "1" : "0");
        Sale sale = new Sale(recipient, indPres, indIntermed);
        DocumentTraits traits = traits(random, header, sale);
        int itemCount = random.between(settings.minItems(), settings.maxItems());
        String id = "NFe" + header.chave();

        TagWriter out = new TagWriter(4096 + itemCount * 1800);
        out.open("nfeProc", "xmlns", TagWriter.NFE_NAMESPACE, "versao", LAYOUT)
                .open("NFe", "xmlns", TagWriter.NFE_NAMESPACE)
                .open("infNFe", "versao", LAYOUT, "Id", id);
        ide(random, header, traits, sale, out);
        emit(emitter, out);
        recipient.ifPresent(dest -> dest(dest, out));

        ItemComposer itemComposer = new ItemComposer(random, traits, out);
        List<GeneratedItem> items = new ArrayList<>(itemCount);
        for (int n = 1; n <= itemCount; n++) {
            items.add(itemComposer.compose(n));
        }
        ExpectedTotals totals = TotalsComposer.write(items, traits, out);
        TransportComposer.write(random, traits, out);
        PaymentComposer.write(random, traits, header.nNF(), header.dhEmi().toLocalDate(), totals.vNF(), out);
        if (sale.isIntermediated()) {
            out.open("infIntermed").text("CNPJ", GeneratedCnpj.random(random))
                    .text("idCadIntTran", "loja" + random.digits(6)).close("infIntermed");
        }
        additionalInformation(random, emitter, out);
        if (random.percent(90)) {
            out.open("infRespTec").text("CNPJ", technicalResponsible).text("xContato", "Equipe Fiscal")
                    .text("email", "suporte@softwarefiscal.com.br").text("fone", "1130000000")
                    .close("infRespTec");
        }
        out.close("infNFe");
        if (nfce) {
            NfceQrCode.write(out, emitter, header.chave(), TP_AMB);
        }
        String digVal = DummySignature.digestValue(id);
        if (settings.signature() == GeneratorSettings.SignatureMode.DUMMY) {
            DummySignature.write(out, id, digVal);
        }
        out.close("NFe");

        OffsetDateTime dhRecbto = header.dhEmi().plusSeconds(random.between(1, 90));
        String nProt = "1" + emitter.municipality().cUF() + String.format("%02d", header.dhEmi().getYear() % 100)
                + random.digits(10);
        out.open("protNFe", "versao", LAYOUT).open("infProt", "Id", "ID" + nProt)
                .text("tpAmb", TP_AMB)
                .text("verAplic", emitter.municipality().uf() + "_NFE_PL_010")
                .text("chNFe", header.chave())
                .text("dhRecbto", dhRecbto.format(DocumentHeader.DATE_TIME))
                .text("nProt", nProt)
                .text("digVal", digVal)
                .text("cStat", "100")
                .text("xMotivo", "Autorizado o uso da NF-e")
                .close("infProt").close("protNFe")
                .close("nfeProc");

        return new GeneratedDocument(header.index(), header.chave(), header.model(), emitter.party(),
                recipient.map(Recipient::party), header.dhEmi().format(DocumentHeader.DATE_TIME), nProt,
                dhRecbto.format(DocumentHeader.DATE_TIME), digVal, items, totals, out.toUtf8());
    }

    private Optional<Recipient> recipient(SeededRandom random, boolean nfce, Emitter emitter) {
        if (nfce) {
            return random.percent(40)
                    ? Optional.of(PartyFactory.person(random, emitter.municipality(),
                    PartyFactory.AddressPolicy.WITHOUT_ADDRESS))
                    : Optional.empty();
        }
        if (random.percent(70)) {
            return Optional.of(companies.get(random.nextInt(companies.size())));
        }
        return Optional.of(PartyFactory.person(random, emitter.municipality(),
                PartyFactory.AddressPolicy.WITH_ADDRESS));
    }

    private DocumentTraits traits(SeededRandom random, DocumentHeader header, Sale sale) {
        Optional<Recipient> recipient = sale.recipient();
        Emitter emitter = header.emitter();
        boolean nfce = header.model() == DocumentModel.NFCE;
        Municipality destination = recipient.flatMap(Recipient::address).map(Address::municipality)
                .orElse(emitter.municipality());
        boolean interstate = !nfce && emitter.municipality().isOtherState(destination);
        boolean finalConsumer = recipient.map(dest -> !dest.isContributor()).orElse(true);
        boolean nonContributor = recipient.map(dest -> dest.indIEDest().equals("9")).orElse(false);
        boolean difal = interstate && nonContributor && !emitter.isSimplesNacional();
        boolean reform = header.dhEmi().getYear() >= 2026 && random.percent(settings.reformPercent());
        boolean nonCumulative = random.percent(70);
        Optional<BigDecimal> freightRate = !nfce && random.percent(25)
                ? Optional.of(BigDecimal.valueOf(random.between(2, 5))) : Optional.empty();
        return new DocumentTraits(header.model(), emitter, destination, interstate, finalConsumer, difal, reform,
                header.dhEmi().getYear(), new BigDecimal(nonCumulative ? "1.65" : "0.65"),
                new BigDecimal(nonCumulative ? "7.6" : "3"), freightRate);
    }

    private void ide(SeededRandom random, DocumentHeader header, DocumentTraits traits, Sale sale, TagWriter out) {
        boolean nfce = traits.isNfce();
        out.open("ide")
                .text("cUF", traits.origin().cUF())
                .text("cNF", header.cNF())
                .text("natOp", nfce ? "Venda ao consumidor" : random.pick(SALE_NATURES))
                .text("mod", header.model().code())
                .text("serie", Integer.toString(header.serie()))
                .text("nNF", Long.toString(header.nNF()))
                .text("dhEmi", header.dhEmi().format(DocumentHeader.DATE_TIME));
        if (!nfce && random.percent(50)) {
            out.text("dhSaiEnt", header.dhEmi().plusMinutes(random.between(0, 2880)).format(DocumentHeader.DATE_TIME));
        }
        out.text("tpNF", "1")
                .text("idDest", traits.interstate() ? "2" : "1")
                .text("cMunFG", traits.origin().cMun())
                .text("tpImp", nfce ? "4" : "1")
                .text("tpEmis", DocumentHeader.TP_EMIS)
                .text("cDV", header.chave().substring(GeneratedChave.LENGTH - 1))
                .text("tpAmb", TP_AMB)
                .text("finNFe", "1")
                .text("indFinal", traits.finalConsumer() ? "1" : "0")
                .text("indPres", sale.indPres());
        sale.indIntermed().ifPresent(value -> out.text("indIntermed", value));
        out.text("procEmi", "0").text("verProc", VER_PROC);
        if (!nfce && header.index() > 0 && random.percent(10)) {
            int references = random.between(1, 2);
            for (int i = 0; i < references; i++) {
                int other = header.index() - random.between(1, Math.min(header.index(), 50));
                out.open("NFref").text("refNFe", chaveOfIndex.apply(other)).close("NFref");
            }
        }
        out.close("ide");
    }

    private static void emit(Emitter emitter, TagWriter out) {
        GeneratedParty party = emitter.party();
        out.open("emit").text("CNPJ", party.taxId()).text("xNome", party.xNome());
        emitter.xFant().ifPresent(xFant -> out.text("xFant", xFant));
        emitter.address().write(out, "enderEmit");
        out.text("IE", party.ie().orElseThrow());
        emitter.im().ifPresent(im -> out.text("IM", im).text("CNAE", emitter.cnae()));
        out.text("CRT", emitter.crt()).close("emit");
    }

    private static void dest(Recipient recipient, TagWriter out) {
        GeneratedParty party = recipient.party();
        out.open("dest").text(party.taxIdTag(), party.taxId()).text("xNome", party.xNome());
        recipient.address().ifPresent(address -> address.write(out, "enderDest"));
        out.text("indIEDest", recipient.indIEDest());
        party.ie().ifPresent(ie -> out.text("IE", ie));
        recipient.email().ifPresent(email -> out.text("email", email));
        out.close("dest");
    }

    private static void additionalInformation(SeededRandom random, Emitter emitter, TagWriter out) {
        Optional<String> infCpl = Optional.empty();
        if (emitter.isSimplesNacional()) {
            infCpl = Optional.of("Documento emitido por ME ou EPP optante pelo Simples Nacional. Não gera direito a "
                    + "crédito fiscal de IPI.");
        } else if (random.percent(40)) {
            infCpl = Optional.of("Pedido " + random.digits(6) + ". Obrigado pela preferência!");
        }
        int observations = random.percent(20) ? random.between(1, 2) : 0;
        if (infCpl.isEmpty() && observations == 0) {
            return;
        }
        out.open("infAdic");
        infCpl.ifPresent(text -> out.text("infCpl", text));
        for (int i = 0; i < observations; i++) {
            String field = random.pick(List.of("Pedido", "Vendedor", "Loja"));
            out.open("obsCont", "xCampo", field).text("xTexto", field + " " + random.digits(4)).close("obsCont");
        }
        out.close("infAdic");
    }
}
