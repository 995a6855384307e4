package dev.nfe.core.generate;

import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A municipality that parties are placed in, with its state's data: IBGE codes, UTC offset for timestamps, CEP
 * prefix and the modal internal ICMS rate.
 */
record Municipality(String uf, String cUF, String cMun, String xMun, Region region, ZoneOffset offset,
                    String cepPrefix, BigDecimal internalRate) {
    private static final ZoneOffset BRASILIA = ZoneOffset.ofHours(-3);

    /** The table, each municipality repeated by its weight so a uniform pick favours the big markets. */
    static final List<Municipality> WEIGHTED = weighted();

    Municipality {
        Objects.requireNonNull(uf, "uf");
        Objects.requireNonNull(cUF, "cUF");
        Objects.requireNonNull(cMun, "cMun");
        Objects.requireNonNull(xMun, "xMun");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(offset, "offset");
        Objects.requireNonNull(cepPrefix, "cepPrefix");
        Objects.requireNonNull(internalRate, "internalRate");
    }

    /** True when a sale from here to {@code destination} crosses a state border. */
    boolean isOtherState(Municipality destination) {
        return !uf.equals(destination.uf);
    }

    /** The interstate ICMS rate for goods of domestic origin sent to {@code destination}. */
    BigDecimal interstateRate(Municipality destination) {
        boolean fromSouthOrSoutheast = (region == Region.SOUTH || region == Region.SOUTHEAST) && !uf.equals("ES");
        boolean toOthers = destination.region != Region.SOUTH && destination.region != Region.SOUTHEAST
                || destination.uf.equals("ES");
        return fromSouthOrSoutheast && toOthers ? new BigDecimal("7.00") : new BigDecimal("12.00");
    }

    private static List<Municipality> weighted() {
        List<Municipality> out = new ArrayList<>();
        add(out, 6, "SP", "35", "3550308", "São Paulo", Region.SOUTHEAST, BRASILIA, "010", "18");
        add(out, 2, "SP", "35", "3509502", "Campinas", Region.SOUTHEAST, BRASILIA, "130", "18");
        add(out, 3, "RJ", "33", "3304557", "Rio de Janeiro", Region.SOUTHEAST, BRASILIA, "200", "20");
        add(out, 3, "MG", "31", "3106200", "Belo Horizonte", Region.SOUTHEAST, BRASILIA, "301", "18");
        add(out, 1, "ES", "32", "3205309", "Vitória", Region.SOUTHEAST, BRASILIA, "290", "17");
        add(out, 2, "PR", "41", "4106902", "Curitiba", Region.SOUTH, BRASILIA, "800", "19.5");
        add(out, 2, "RS", "43", "4314902", "Porto Alegre", Region.SOUTH, BRASILIA, "900", "17");
        add(out, 1, "SC", "42", "4205407", "Florianópolis", Region.SOUTH, BRASILIA, "880", "17");
        add(out, 1, "SC", "42", "4209102", "Joinville", Region.SOUTH, BRASILIA, "892", "17");
        add(out, 1, "BA", "29", "2927408", "Salvador", Region.NORTHEAST, BRASILIA, "400", "20.5");
        add(out, 1, "PE", "26", "2611606", "Recife", Region.NORTHEAST, BRASILIA, "500", "20.5");
        add(out, 1, "CE", "23", "2304400", "Fortaleza", Region.NORTHEAST, BRASILIA, "600", "20");
        add(out, 1, "GO", "52", "5208707", "Goiânia", Region.CENTER_WEST, BRASILIA, "740", "19");
        add(out, 1, "DF", "53", "5300108", "Brasília", Region.CENTER_WEST, BRASILIA, "700", "20");
        add(out, 1, "MT", "51", "5103403", "Cuiabá", Region.CENTER_WEST, ZoneOffset.ofHours(-4), "780", "17");
        add(out, 1, "MS", "50", "5002704", "Campo Grande", Region.CENTER_WEST, ZoneOffset.ofHours(-4), "790", "17");
        add(out, 1, "AM", "13", "1302603", "Manaus", Region.NORTH, ZoneOffset.ofHours(-4), "690", "20");
        add(out, 1, "PA", "15", "1501402", "Belém", Region.NORTH, BRASILIA, "660", "19");
        add(out, 1, "AC", "12", "1200401", "Rio Branco", Region.NORTH, ZoneOffset.ofHours(-5), "699", "19");
        return List.copyOf(out);
    }

    private static void add(List<Municipality> out, int weight, String uf, String cUF, String cMun, String xMun,
                            Region region, ZoneOffset offset, String cepPrefix, String rate) {
        Municipality municipality = new Municipality(uf, cUF, cMun, xMun, region, offset, cepPrefix,
                new BigDecimal(rate));
        for (int i = 0; i < weight; i++) {
            out.add(municipality);
        }
    }
}
