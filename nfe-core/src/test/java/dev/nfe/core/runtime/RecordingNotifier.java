package dev.nfe.core.runtime;

import dev.nfe.core.spi.Notification;
import dev.nfe.core.spi.Notifier;
import java.util.ArrayList;
import java.util.List;

/** A {@link Notifier} that keeps every notification. */
final class RecordingNotifier implements Notifier {
    private final List<Notification> notifications = new ArrayList<>();

    @Override
    public void notify(Notification notification) {
        notifications.add(notification);
    }

    List<Notification> notifications() {
        return List.copyOf(notifications);
    }
}
