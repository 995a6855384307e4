/**
 * Pipeline configuration: reads YAML or JSON once, resolves {@code ${env:…}} and {@code ${secret:…}} placeholders,
 * checks every key against its declaration (the root keys here, each plugin's keys from its factory) and binds the
 * result to {@link dev.nfe.core.config.PipelineConfig}, reporting every problem at once with its key path. Also holds
 * plugin discovery by type ({@link dev.nfe.core.config.PluginRegistry}), the built-in {@code env} and {@code file}
 * secret providers and the generator of the configuration reference. Nothing here builds plugins or runs stages;
 * after binding, no code sees raw maps or strings where typed values are meant.
 */
package dev.nfe.core.config;
