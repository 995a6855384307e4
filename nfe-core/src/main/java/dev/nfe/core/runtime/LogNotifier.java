package dev.nfe.core.runtime;

import dev.nfe.core.spi.Notification;
import dev.nfe.core.spi.Notifier;
import dev.nfe.core.spi.RunSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code log} notifier: one line per stage outcome, at INFO when the stage succeeded, WARN when it quarantined
 * documents and ERROR when it failed. The line carries the summary's counts, duration and batch ids and, for a
 * failure, the error message; never document content.
 */
final class LogNotifier implements Notifier {
    private static final Logger log = LoggerFactory.getLogger(LogNotifier.class);
    private static final String SUMMARY = "Pipeline {} stage {} {}: seen={} written={} quarantined={} duplicates={} "
            + "warnings={} bytes={} duration={} batches={} partial={}";
    private static final String FAILED_SUMMARY = SUMMARY + " error={}";

    @Override
    public void notify(Notification notification) {
        RunSummary summary = notification.summary();
        Object[] fields = {
            notification.pipeline(), notification.stage(), notification.outcome(), summary.seen(), summary.written(),
            summary.quarantined(), summary.duplicates(), summary.warnings(), summary.bytes(), summary.duration(),
            summary.batchIds(), summary.isPartial()
        };
        switch (notification.outcome()) {
            case SUCCEEDED -> log.info(SUMMARY, fields);
            case QUARANTINED -> log.warn(SUMMARY, fields);
            case FAILED -> log.error(FAILED_SUMMARY, append(fields, notification.error().orElse("unknown")));
        }
    }

    private static Object[] append(Object[] fields, Object last) {
        Object[] all = new Object[fields.length + 1];
        System.arraycopy(fields, 0, all, 0, fields.length);
        all[fields.length] = last;
        return all;
    }
}
