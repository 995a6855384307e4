package dev.nfe.core.generate;

/** The fiscal document model ({@code ide/mod}) of a generated document. */
public enum DocumentModel {
    /** NF-e, model 55. */
    NFE("55"),
    /** NFC-e (consumer receipt), model 65. */
    NFCE("65");

    private final String code;

    DocumentModel(String code) {
        this.code = code;
    }

    /** The {@code ide/mod} value. */
    public String code() {
        return code;
    }
}
