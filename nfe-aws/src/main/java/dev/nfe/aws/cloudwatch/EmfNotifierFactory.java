package dev.nfe.aws.cloudwatch;

import dev.nfe.core.config.PluginRegistry;
import dev.nfe.core.spi.ConfigDef;
import dev.nfe.core.spi.ConfigKey;
import dev.nfe.core.spi.ConfigSection;
import dev.nfe.core.spi.ConfigValues;
import dev.nfe.core.spi.Notifier;
import dev.nfe.core.spi.NotifierFactory;
import dev.nfe.core.spi.PluginContext;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds the {@code emf} notifier from
 * {@code { type: emf, namespace: nfe-pipeline, forward: { type: sns, topicArn: … } }}; its keys are declared in
 * {@link #configDef()}. Lines go to standard output, where Lambda and the ECS {@code awslogs} driver pick them up.
 */
public final class EmfNotifierFactory implements NotifierFactory {
    /** Key of the CloudWatch namespace. */
    public static final String NAMESPACE = "namespace";
    /** Key of the notifier that hears every outcome too. */
    public static final String FORWARD = "forward";

    private static final ConfigDef DEFINITION = ConfigDef.of(
            ConfigKey.string(NAMESPACE).withDefault("nfe-pipeline").matching("[A-Za-z0-9./#:_-]{1,255}")
                    .doc("The CloudWatch namespace of the metrics."),
            ConfigKey.plugin(FORWARD).withDefault("log")
                    .doc("The notifier that also hears every outcome, after its metrics line is written: log, sns."));

    @Override
    public String type() {
        return "emf";
    }

    @Override
    public ConfigDef configDef() {
        return DEFINITION;
    }

    @Override
    public Notifier create(ConfigSection config, PluginContext context) {
        ConfigValues values = config.bind(DEFINITION);
        PrintStream out = System.out;
        return new EmfNotifier(values.string(NAMESPACE), context.clock(), out::println,
                forward(values.plugin(FORWARD), context));
    }

    private static Notifier forward(ConfigSection section, PluginContext context) {
        String type = section.string("type").orElse("log");
        Map<String, Object> values = new LinkedHashMap<>(section.values());
        values.remove("type");
        return PluginRegistry.load(NotifierFactory.class, EmfNotifierFactory.class.getClassLoader())
                .factory(section.keyPath("type"), type)
                .create(new ConfigSection(section.path(), values), context);
    }
}
