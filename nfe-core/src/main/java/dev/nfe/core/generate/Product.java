package dev.nfe.core.generate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A catalogue product that items are drawn from: code, description, NCM, CEST for goods under ICMS-ST, commercial
 * unit, how quantities look, a price range in cents, its GTIN (or {@code SEM GTIN}) and its IPI rate if industrial.
 */
record Product(String cProd, String xProd, String ncm, Optional<String> cest, String uCom, Quantity quantity,
               long minCents, long maxCents, String gtin, Optional<BigDecimal> ipiRate) {

    /** How an item's quantity is drawn. */
    enum Quantity {
        /** Whole units, usually few. */
        UNITS,
        /** Kilograms with three decimals. */
        WEIGHT,
        /** Whole units in bulk (screws, boxes). */
        BULK
    }

    static final List<Product> CATALOGUE = catalogue();

    Product {
        Objects.requireNonNull(cProd, "cProd");
        Objects.requireNonNull(xProd, "xProd");
        Objects.requireNonNull(ncm, "ncm");
        Objects.requireNonNull(cest, "cest");
        Objects.requireNonNull(uCom, "uCom");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(gtin, "gtin");
        Objects.requireNonNull(ipiRate, "ipiRate");
    }

    /** True for goods listed under ICMS substitution (they carry a CEST). */
    boolean isSubjectToSt() {
        return cest.isPresent();
    }

    private static List<Product> catalogue() {
        List<Product> out = new ArrayList<>();
        add(out, "Arroz branco tipo 1 5kg", "10063021", "", "PCT", Quantity.UNITS, 1890, 3290, "");
        add(out, "Feijão carioca tipo 1 1kg", "07133319", "", "PCT", Quantity.UNITS, 650, 1190, "");
        add(out, "Café torrado e moído 500g", "09012100", "", "PCT", Quantity.UNITS, 1290, 2990, "");
        add(out, "Açúcar refinado 1kg", "17019900", "", "PCT", Quantity.UNITS, 390, 690, "");
        add(out, "Óleo de soja 900ml", "15079011", "", "UN", Quantity.UNITS, 590, 990, "");
        add(out, "Leite UHT integral 1L", "04012010", "", "UN", Quantity.UNITS, 390, 650, "");
        add(out, "Refrigerante cola 2L", "22021000", "0300700", "UN", Quantity.UNITS, 690, 1190, "");
        add(out, "Cerveja pilsen lata 350ml", "22030000", "0302100", "UN", Quantity.UNITS, 290, 590, "");
        add(out, "Água mineral sem gás 500ml", "22011000", "0300400", "UN", Quantity.UNITS, 150, 350, "");
        add(out, "Queijo muçarela fatiado", "04061010", "", "KG", Quantity.WEIGHT, 2990, 4990, "");
        add(out, "Carne bovina alcatra", "02013000", "", "KG", Quantity.WEIGHT, 3990, 6990, "");
        add(out, "Banana prata", "08039000", "", "KG", Quantity.WEIGHT, 450, 890, "");
        add(out, "Sabão em pó 1kg", "34022000", "1100100", "UN", Quantity.UNITS, 900, 1900, "");
        add(out, "Detergente líquido neutro 500ml", "34022000", "", "UN", Quantity.UNITS, 200, 450, "");
        add(out, "Papel higiênico folha dupla 12 rolos", "48181000", "", "PCT", Quantity.UNITS, 1500, 2900, "");
        add(out, "Shampoo 350ml", "33051000", "2002800", "UN", Quantity.UNITS, 990, 2990, "");
        add(out, "Creme dental 90g", "33061000", "", "UN", Quantity.UNITS, 350, 890, "");
        add(out, "Pneu aro 14 175/70", "40111000", "1600100", "UN", Quantity.UNITS, 25000, 42000, "15");
        add(out, "Óleo lubrificante motor 1L", "27101932", "0600700", "UN", Quantity.UNITS, 2500, 4500, "");
        add(out, "Bateria automotiva 60Ah", "85071010", "1000100", "UN", Quantity.UNITS, 35000, 65000, "15");
        add(out, "Parafuso sextavado M8 x 30", "73181500", "1001800", "UN", Quantity.BULK, 35, 120, "5");
        add(out, "Cimento CP II 50kg", "25232910", "0500100", "SC", Quantity.UNITS, 2900, 4500, "");
        add(out, "Tinta acrílica fosca 18L", "32091010", "2400100", "UN", Quantity.UNITS, 18000, 42000, "5");
        add(out, "Notebook 15,6\" 8GB 256GB", "84713012", "", "UN", Quantity.UNITS, 250000, 520000, "10");
        add(out, "Smartphone 128GB", "85171300", "2106400", "UN", Quantity.UNITS, 90000, 350000, "10");
        add(out, "Camiseta algodão", "61091000", "", "UN", Quantity.UNITS, 2990, 8990, "");
        add(out, "Tênis esportivo", "64041100", "", "PAR", Quantity.UNITS, 14900, 49900, "");
        add(out, "Caderno universitário 200 folhas", "48202000", "", "UN", Quantity.UNITS, 1200, 3500, "");
        add(out, "Caneta esferográfica azul", "96081000", "", "UN", Quantity.BULK, 120, 450, "");
        add(out, "Ração para cães adultos 15kg", "23091000", "", "SC", Quantity.UNITS, 9900, 21900, "");
        return List.copyOf(out);
    }

    private static void add(List<Product> out, String xProd, String ncm, String cest, String uCom, Quantity quantity,
                            long minCents, long maxCents, String ipiRate) {
        int number = out.size() + 1;
        String cProd = String.format("P%05d", number * 37);
        String gtin = quantity == Quantity.WEIGHT ? "SEM GTIN" : gtin13("789" + String.format("%09d", number * 7919L));
        out.add(new Product(cProd, xProd, ncm, cest.isEmpty() ? Optional.empty() : Optional.of(cest), uCom, quantity,
                minCents, maxCents, gtin, ipiRate.isEmpty() ? Optional.empty() : Optional.of(new BigDecimal(ipiRate))));
    }

    /** Appends the GTIN-13 check digit (weights 1 and 3 alternating from the left). */
    static String gtin13(String first12) {
        int sum = 0;
        for (int i = 0; i < first12.length(); i++) {
            sum += (first12.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return first12 + (10 - sum % 10) % 10;
    }
}
