package dev.nfe.core.runtime;

/**
 * Hears how a running stage advances: after every document of a transform, every page of an extraction and every
 * batch of a load. Called on the stage's thread, so it must return quickly; a display throttles itself.
 */
@FunctionalInterface
public interface ProgressListener {

    /** A listener that ignores progress. */
    ProgressListener NONE = progress -> { };

    /** Receives the stage's current counts. */
    void onProgress(Progress progress);
}
