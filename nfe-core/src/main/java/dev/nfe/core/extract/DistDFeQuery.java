package dev.nfe.core.extract;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The one choice a {@code distDFeInt} makes: continue after a NSU ({@code distNSU}), fetch one NSU
 * ({@code consNSU}) or fetch one chave de acesso ({@code consChNFe}).
 */
sealed interface DistDFeQuery {

    /** The query element inside {@code distDFeInt}. */
    String element();

    /** Formats a NSU (número sequencial único) as the service wants it: 15 digits, zero-padded. */
    static String nsu(long value) {
        if (value < 0 || value > 999_999_999_999_999L) {
            throw new IllegalArgumentException("Cannot format NSU " + value + ": must be 0 to 15 nines");
        }
        return String.format("%015d", value);
    }

    /** Reads a NSU as the service returns it (up to 15 digits). */
    static long parseNsu(String text) {
        if (text == null || !text.matches("[0-9]{1,15}")) {
            throw new IllegalArgumentException("Cannot read NSU '" + text + "': must be 1 to 15 digits");
        }
        return Long.parseLong(text);
    }

    /** Every document with a NSU after {@code ultNSU}, up to 50 per response. */
    record DistNsu(long ultNsu) implements DistDFeQuery {
        public DistNsu {
            nsu(ultNsu);
        }

        @Override
        public String element() {
            return "<distNSU><ultNSU>" + nsu(ultNsu) + "</ultNSU></distNSU>";
        }
    }

    /** The one document with NSU {@code nsu}, to fill a gap. */
    record ConsNsu(long nsu) implements DistDFeQuery {
        public ConsNsu {
            DistDFeQuery.nsu(nsu);
        }

        @Override
        public String element() {
            return "<consNSU><NSU>" + DistDFeQuery.nsu(nsu) + "</NSU></consNSU>";
        }
    }

    /** The documents of one chave de acesso (44 digits). */
    record ConsChNFe(String chNFe) implements DistDFeQuery {
        private static final Pattern CHAVE = Pattern.compile("[0-9]{44}");

        public ConsChNFe {
            Objects.requireNonNull(chNFe, "chNFe");
            if (!CHAVE.matcher(chNFe).matches()) {
                throw new IllegalArgumentException("Cannot query chNFe '" + chNFe + "': must be 44 digits");
            }
        }

        @Override
        public String element() {
            return "<consChNFe><chNFe>" + chNFe + "</chNFe></consChNFe>";
        }
    }
}
