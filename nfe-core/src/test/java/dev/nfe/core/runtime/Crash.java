package dev.nfe.core.runtime;

/** Thrown by test doubles to stop a run at a chosen point, as a killed process would. */
final class Crash extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Crash(String where) {
        super("Simulated crash " + where);
    }
}
