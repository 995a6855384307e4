package dev.nfe.core.spi;

import java.util.List;

/**
 * An optional ability of a {@link PluginFactory}, used by {@code nfe check}: the problems of a section that its key
 * declarations cannot express, found offline, and a trial of the connection the plugin makes.
 */
public interface PluginCheck {

    /**
     * The problems of {@code section}, already checked against the factory's declaration, each
     * {@code key.path: what is wrong; how to fix it}. Makes no network call and reads no secret.
     */
    List<String> offlineProblems(ConfigSection section);

    /**
     * Tries the connection the plugin makes, with one cheap call (list one key, read a topic's attributes, run
     * {@code SELECT 1}), building only what that call needs.
     *
     * @return one line saying what answered, never a secret
     * @throws NfeException saying what could not be reached and why
     */
    String tryConnection(ConfigSection section, PluginContext context);
}
