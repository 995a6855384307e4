package dev.nfe.core.spi;

/** Builds a {@link Notifier}; registered in {@code META-INF/services/dev.nfe.core.spi.NotifierFactory}. */
public interface NotifierFactory extends PluginFactory<Notifier> {
}
