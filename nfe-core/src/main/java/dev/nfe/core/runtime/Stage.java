package dev.nfe.core.runtime;

import java.util.Locale;

/** A stage of a pipeline, as a host asks for it: one of the three, or {@link #ALL} of them in order. */
public enum Stage {
    /** Pull raw documents from the source into bronze. */
    EXTRACT,
    /** Parse the bronze batches not yet transformed into silver tables. */
    TRANSFORM,
    /** Load committed silver batches into the warehouse. */
    LOAD,
    /** Extract, transform and load, in that order. */
    ALL;

    /** The lower-case name used in payloads, summaries and the CLI ({@code transform}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The stage called {@code id}, ignoring case.
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static Stage of(String id) {
        for (Stage stage : values()) {
            if (stage.id().equalsIgnoreCase(id.trim())) {
                return stage;
            }
        }
        throw new IllegalArgumentException("Unknown stage '" + id + "', expected one of extract, transform, load, all");
    }
}
