package dev.nfe.aws.cloudwatch;

import dev.nfe.core.config.PluginRegistry;
import dev.nfe.core.spi.ConfigDef;
import dev.nfe.core.spi.ConfigException;
import dev.nfe.core.spi.ConfigKey;
import dev.nfe.core.spi.ConfigSection;
import dev.nfe.core.spi.ConfigValues;
import dev.nfe.core.spi.Notifier;
import dev.nfe.core.spi.NotifierFactory;
import dev.nfe.core.spi.PluginCheck;
import dev.nfe.core.spi.PluginContext;
import dev.nfe.core.spi.PluginFactory;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the {@code emf} notifier from
 * {@code { type: emf, namespace: nfe-pipeline, forward: { type: sns, topicArn: … } }}; its keys are declared in
 * {@link #configDef()}. Lines go to standard output, where Lambda and the ECS {@code awslogs} driver pick them up.
 */
public final class EmfNotifierFactory implements NotifierFactory, PluginCheck {
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

    /** Offline: the forwarded notifier's section against its own declaration and checks. */
    @Override
    public List<String> offlineProblems(ConfigSection config) {
        List<String> problems = new ArrayList<>();
        ConfigValues values = config.bind(DEFINITION, problems);
        if (!problems.isEmpty()) {
            return problems;
        }
        ConfigSection section = values.plugin(FORWARD);
        PluginFactory<Notifier> factory;
        try {
            factory = registry().factory(section.keyPath("type"), section.string("type").orElse("log"));
        } catch (ConfigException e) {
            return e.problems();
        }
        ConfigSection forwarded = withoutType(section);
        if (factory.configDef().isDeclared()) {
            forwarded.bind(factory.configDef(), problems);
        }
        if (problems.isEmpty() && factory instanceof PluginCheck check) {
            problems.addAll(check.offlineProblems(forwarded));
        }
        return problems;
    }

    /** Online: tries the forwarded notifier's connection; writing to standard output needs none. */
    @Override
    public String tryConnection(ConfigSection config, PluginContext context) {
        ConfigSection section = config.bind(DEFINITION).plugin(FORWARD);
        PluginFactory<Notifier> factory = registry().factory(section.keyPath("type"),
                section.string("type").orElse("log"));
        return factory instanceof PluginCheck check
                ? "metrics to standard output; forward: " + check.tryConnection(withoutType(section), context)
                : "metrics to standard output; forward: " + factory.type() + " needs no connection";
    }

    private static PluginRegistry<NotifierFactory> registry() {
        return PluginRegistry.load(NotifierFactory.class, EmfNotifierFactory.class.getClassLoader());
    }

    private static ConfigSection withoutType(ConfigSection section) {
        Map<String, Object> values = new LinkedHashMap<>(section.values());
        values.remove("type");
        return new ConfigSection(section.path(), values);
    }

    private static Notifier forward(ConfigSection section, PluginContext context) {
        return registry().factory(section.keyPath("type"), section.string("type").orElse("log"))
                .create(withoutType(section), context);
    }
}
