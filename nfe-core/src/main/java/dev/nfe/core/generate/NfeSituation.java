package dev.nfe.core.generate;

/** The situation a resNFe summary reports ({@code cSitNFe}). */
public enum NfeSituation {
    /** Uso autorizado (1). */
    AUTHORIZED("1"),
    /** Uso denegado (2). */
    DENIED("2"),
    /** Cancelada (3). */
    CANCELLED("3");

    private final String code;

    NfeSituation(String code) {
        this.code = code;
    }

    /** The {@code cSitNFe} value. */
    public String code() {
        return code;
    }
}
