package dev.nfe.core.extract;

import dev.nfe.core.spi.ConfigSection;
import dev.nfe.core.spi.Extractor;
import dev.nfe.core.spi.ExtractorFactory;
import dev.nfe.core.spi.PluginContext;
import java.util.Set;

/**
 * Builds the {@code http} extractor: a paginated REST source read with {@code java.net.http} and retried with
 * resilience4j. The keys are listed in {@link HttpConfigBinding}; {@code auth.value} is sensitive.
 */
public final class HttpExtractorFactory implements ExtractorFactory {

    @Override
    public String type() {
        return "http";
    }

    @Override
    public Extractor create(ConfigSection config, PluginContext context) {
        return new HttpExtractor(HttpConfigBinding.bind(config, context.secrets()), context.clock(),
                Sleeper.system());
    }

    @Override
    public Set<String> sensitiveKeys() {
        return HttpConfigBinding.SENSITIVE_KEYS;
    }
}
