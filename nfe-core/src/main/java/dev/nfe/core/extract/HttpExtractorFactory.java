package dev.nfe.core.extract;

import dev.nfe.core.spi.ConfigDef;
import dev.nfe.core.spi.ConfigSection;
import dev.nfe.core.spi.Extractor;
import dev.nfe.core.spi.ExtractorFactory;
import dev.nfe.core.spi.PluginContext;

/**
 * Builds the {@code http} extractor: a paginated REST source read with {@code java.net.http} and retried with
 * resilience4j. Its keys are declared in {@link HttpConfigBinding#DEFINITION}; {@code auth.value} is sensitive.
 */
public final class HttpExtractorFactory implements ExtractorFactory {

    @Override
    public String type() {
        return "http";
    }

    @Override
    public ConfigDef configDef() {
        return HttpConfigBinding.DEFINITION;
    }

    @Override
    public Extractor create(ConfigSection config, PluginContext context) {
        return new HttpExtractor(HttpConfigBinding.bind(config, context.secrets()), context.clock(),
                Sleeper.system());
    }
}
