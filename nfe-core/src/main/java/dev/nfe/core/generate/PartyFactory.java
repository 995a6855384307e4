package dev.nfe.core.generate;

import java.util.List;
import java.util.Optional;

/** Draws fictitious emitters and recipients: valid CNPJ/CPF check digits, invented names and addresses. */
final class PartyFactory {
    private static final List<String> COMPANY_KINDS = List.of("Comercial", "Distribuidora", "Indústria",
            "Atacadão", "Supermercado", "Mercearia", "Farmácia", "Auto Peças", "Papelaria", "Materiais de Construção",
            "Magazine", "Empório");
    private static final List<String> COMPANY_NAMES = List.of("Santa Luzia", "Boa Vista", "Horizonte", "Aurora",
            "São Jorge", "Primavera", "Nova Era", "Paulista", "Central", "Ipiranga", "Silva & Filhos", "Três Irmãos",
            "Bandeirantes", "Estrela do Sul", "Pôr do Sol", "Jequitibá");
    private static final List<String> COMPANY_SUFFIXES = List.of("Ltda", "S.A.", "Ltda - ME", "EIRELI", "Ltda - EPP");
    private static final List<String> FIRST_NAMES = List.of("Ana", "João", "Maria", "José", "Francisca", "Antônio",
            "Luíza", "Carlos", "Beatriz", "Paulo", "Fernanda", "Lucas", "Juliana", "Rafael", "Conceição", "Márcio");
    private static final List<String> LAST_NAMES = List.of("Silva", "Santos", "Oliveira", "Souza", "Rodrigues",
            "Ferreira", "Alves", "Pereira", "Lima", "Gomes", "Ribeiro", "Carvalho", "Araújo", "Magalhães");
    private static final List<String> STREETS = List.of("Rua das Flores", "Avenida Brasil", "Rua XV de Novembro",
            "Avenida Paulista", "Rua Sete de Setembro", "Rua Dom Pedro II", "Avenida Getúlio Vargas",
            "Rua Marechal Deodoro", "Travessa São João", "Rodovia BR-101, Km 12", "Alameda dos Anjos");
    private static final List<String> DISTRICTS = List.of("Centro", "Jardim América", "Vila Nova", "Boa Vista",
            "Distrito Industrial", "Santa Cecília", "Campo Grande", "Jardim Botânico");
    private static final List<String> CNAES = List.of("4711302", "4712100", "4639701", "4530703", "4744099",
            "4771701", "1091101", "4761003");
    private static final String CSC_ALPHABET = "0123456789ABCDEF";

    private PartyFactory() {
    }

    static Emitter emitter(SeededRandom random) {
        Municipality municipality = random.pick(Municipality.WEIGHTED);
        String tradeName = random.pick(COMPANY_KINDS) + " " + random.pick(COMPANY_NAMES);
        String name = tradeName + " " + random.pick(COMPANY_SUFFIXES);
        GeneratedParty party = new GeneratedParty(GeneratedCnpj.random(random), name,
                Optional.of(random.between(1, 9) + random.digits(random.between(8, 11))), municipality.uf());
        Optional<String> xFant = random.percent(60) ? Optional.of(tradeName) : Optional.empty();
        String crt = random.percent(30) ? "1" : "3";
        Optional<String> im = random.percent(40) ? Optional.of(random.digits(8)) : Optional.empty();
        StringBuilder csc = new StringBuilder(36);
        for (int i = 0; i < 36; i++) {
            csc.append(CSC_ALPHABET.charAt(random.nextInt(CSC_ALPHABET.length())));
        }
        return new Emitter(party, xFant, address(random, municipality), crt, im, random.pick(CNAES),
                random.percent(80) ? 1 : random.between(2, 9), random.between(1, 20),
                "00000" + random.between(1, 9), csc.toString());
    }

    /** A company recipient, usually an ICMS contributor. */
    static Recipient company(SeededRandom random) {
        Municipality municipality = random.pick(Municipality.WEIGHTED);
        int kind = random.nextInt(100);
        String indIEDest = kind < 80 ? "1" : kind < 90 ? "2" : "9";
        Optional<String> ie = indIEDest.equals("1")
                ? Optional.of(random.between(1, 9) + random.digits(random.between(8, 11))) : Optional.empty();
        GeneratedParty party = new GeneratedParty(GeneratedCnpj.random(random), companyName(random), ie,
                municipality.uf());
        return new Recipient(party, Optional.of(address(random, municipality)), indIEDest, email(random));
    }

    /** A consumer recipient, usually living near {@code near}; NFC-e usually leave the address out. */
    static Recipient person(SeededRandom random, Municipality near, AddressPolicy policy) {
        Municipality municipality = random.percent(70) ? near : random.pick(Municipality.WEIGHTED);
        GeneratedParty party = new GeneratedParty(GeneratedCpf.random(random),
                random.pick(FIRST_NAMES) + " " + random.pick(LAST_NAMES) + " " + random.pick(LAST_NAMES),
                Optional.empty(), municipality.uf());
        Optional<Address> address = policy == AddressPolicy.WITH_ADDRESS
                ? Optional.of(address(random, municipality)) : Optional.empty();
        return new Recipient(party, address, "9", random.percent(30) ? email(random) : Optional.empty());
    }

    /** Whether a consumer recipient gets an address. */
    enum AddressPolicy {
        WITH_ADDRESS, WITHOUT_ADDRESS
    }

    private static String companyName(SeededRandom random) {
        return random.pick(COMPANY_KINDS) + " " + random.pick(COMPANY_NAMES) + " " + random.pick(COMPANY_SUFFIXES);
    }

    private static Address address(SeededRandom random, Municipality municipality) {
        String nro = random.percent(5) ? "S/N" : Integer.toString(random.between(1, 4999));
        Optional<String> xCpl = random.percent(25)
                ? Optional.of(random.percent(50) ? "Sala " + random.between(1, 40) : "Galpão " + random.between(1, 9))
                : Optional.empty();
        String cep = municipality.cepPrefix() + random.digits(5);
        Optional<String> fone = random.percent(70) ? Optional.of("11" + random.between(2, 9) + random.digits(7))
                : Optional.empty();
        return new Address(random.pick(STREETS), nro, xCpl, random.pick(DISTRICTS), municipality, cep, fone);
    }

    private static Optional<String> email(SeededRandom random) {
        return Optional.of(random.pick(List.of("contato", "fiscal", "nfe", "compras")) + random.between(1, 999)
                + "@exemplo" + random.between(1, 99) + ".com.br");
    }
}
