package dev.nfe.core.generate;

/** The events the generator writes as procEventoNFe, by {@code tpEvento}. */
public enum EventType {
    /** Cancelamento (110111), by the emitter, with the authorisation's nProt and a justification. */
    CANCELLATION("110111", "Cancelamento", Author.EMITTER),
    /** Carta de Correção (110110), by the emitter, with xCorrecao and the fixed xCondUso. */
    CORRECTION_LETTER("110110", "Carta de Correção", Author.EMITTER),
    /** Manifestação: Confirmação da Operação (210200), by the recipient. */
    OPERATION_CONFIRMATION("210200", "Confirmacao da Operacao", Author.RECIPIENT),
    /** Manifestação: Ciência da Operação (210210), by the recipient. */
    OPERATION_AWARENESS("210210", "Ciencia da Operacao", Author.RECIPIENT),
    /** Manifestação: Desconhecimento da Operação (210220), by the recipient, optionally justified. */
    OPERATION_UNKNOWN("210220", "Desconhecimento da Operacao", Author.RECIPIENT),
    /** Manifestação: Operação não Realizada (210240), by the recipient, with a justification. */
    OPERATION_NOT_PERFORMED("210240", "Operacao nao Realizada", Author.RECIPIENT);

    /** Who signs the event. */
    enum Author {
        EMITTER, RECIPIENT
    }

    private final String code;
    private final String description;
    private final Author author;

    EventType(String code, String description, Author author) {
        this.code = code;
        this.description = description;
        this.author = author;
    }

    /** The {@code tpEvento} value. */
    public String code() {
        return code;
    }

    /** The {@code detEvento/descEvento} value, exactly as the event's XSD enumerates it. */
    public String description() {
        return description;
    }

    /** True for the recipient's manifestação events (2102xx), sent to the national environment (cOrgao 91). */
    public boolean isManifestation() {
        return author == Author.RECIPIENT;
    }
}
