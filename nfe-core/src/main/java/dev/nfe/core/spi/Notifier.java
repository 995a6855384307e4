package dev.nfe.core.spi;

/**
 * Reports stage outcomes to people and monitors (plugin types {@code log}, {@code sns}).
 *
 * <p>Called by the runtime after a stage succeeds or fails. A notifier must not throw for a delivery problem that
 * retries cannot fix; it logs it at ERROR instead, so a failed notification never hides the stage's own outcome.
 * Messages never contain secrets or document bodies.
 */
public interface Notifier {

    /** Delivers {@code notification}. */
    void notify(Notification notification);
}
