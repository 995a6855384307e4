package dev.nfe.core.spi;

import java.util.Objects;

/**
 * A resolved secret value. Its {@link #toString()} is {@code [hidden]}, so it cannot leak through logs, summaries or
 * exception messages by accident; only {@link #reveal()} gives the value, at the point of use.
 */
public final class Secret {
    private final String value;

    private Secret(String value) {
        this.value = value;
    }

    /** Wraps {@code value}. */
    public static Secret of(String value) {
        return new Secret(Objects.requireNonNull(value, "value"));
    }

    /** The secret value; use it, never log it. */
    public String reveal() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Secret that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return "[hidden]";
    }
}
