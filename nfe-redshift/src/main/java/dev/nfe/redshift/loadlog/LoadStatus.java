package dev.nfe.redshift.loadlog;

/** The outcome a load log row records. */
public enum LoadStatus {
    /** The batch was loaded; written in the load's own transaction. */
    LOADED("loaded"),
    /** An attempt failed and was rolled back; written afterwards in a transaction of its own. */
    FAILED("failed");

    private final String value;

    LoadStatus(String value) {
        this.value = value;
    }

    /** The value stored in the {@code status} column. */
    public String value() {
        return value;
    }

    static LoadStatus fromValue(String value) {
        for (LoadStatus status : values()) {
            if (status.value.equals(value)) {
                return status;
            }
        }
        throw new IllegalArgumentException("Unknown load status '" + value + "'");
    }
}
