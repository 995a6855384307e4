package dev.nfe.core.cli;

import dev.nfe.core.config.PipelineConfig;
import dev.nfe.core.config.PipelineConfigLoader;
import dev.nfe.core.config.PluginConfig;
import dev.nfe.core.config.PluginRegistry;
import dev.nfe.core.spi.CatalogRegistrarFactory;
import dev.nfe.core.spi.ConfigException;
import dev.nfe.core.spi.DeserializerFactory;
import dev.nfe.core.spi.ExtractorFactory;
import dev.nfe.core.spi.LayerWriterFactory;
import dev.nfe.core.spi.LoaderFactory;
import dev.nfe.core.spi.NotifierFactory;
import dev.nfe.core.spi.PluginCheck;
import dev.nfe.core.spi.PluginContext;
import dev.nfe.core.spi.PluginFactory;
import dev.nfe.core.spi.SecretProvider;
import dev.nfe.core.spi.SecretProviderFactory;
import dev.nfe.core.spi.StorageFactory;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code nfe check}: checks a pipeline configuration without running it. Offline (the default) it reports every
 * problem at once, each with its key path, making no network call and reading no secret: the keys, types and values
 * every factory declares, then what each plugin that can check itself finds ({@link PluginCheck}). With
 * {@code --online} it also resolves the secrets and tries each connection, one result line per dependency.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Checks a pipeline configuration: every problem at once, each with its key path, offline; "
                + "with --online, also each connection (storage, secrets, warehouse, notifier, catalog).")
final class CheckCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @ParentCommand
    private NfeCommand root;

    @Mixin
    private PipelineOption pipelineOption;

    @Option(names = "--online", description = "Also resolve the secrets and try each connection.")
    private boolean online;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Clock clock = Clock.systemUTC();
        PipelineConfig offline;
        try {
            offline = PipelineConfigLoader.builder().clock(clock).withoutSecrets().build().load(pipelineOption.file());
        } catch (ConfigException e) {
            return problems(out, e.problems());
        }
        List<String> problems = new ArrayList<>();
        for (Section section : sections(offline)) {
            section.check().ifPresent(check -> problems.addAll(check.offlineProblems(section.plugin().section())));
        }
        if (!problems.isEmpty()) {
            return problems(out, problems);
        }
        out.println("ok    " + pipelineOption.file() + ": pipeline " + offline.name() + " is valid");
        return online ? online(out, clock, offline.secrets().type()) : ExitCodes.OK;
    }

    private int problems(PrintWriter out, List<String> problems) {
        out.println(pipelineOption.file() + ": " + problems.size() + (problems.size() == 1 ? " problem" : " problems"));
        problems.forEach(problem -> out.println("  " + problem));
        return ExitCodes.CONFIGURATION;
    }

    private int online(PrintWriter out, Clock clock, String secretsType) {
        PipelineConfig loaded;
        try {
            loaded = PipelineConfigLoader.builder().clock(clock).build().load(pipelineOption.file());
        } catch (ConfigException e) {
            out.println("FAIL  secrets (" + secretsType + "): "
                    + root.secrets().redact(String.join("; ", e.problems())));
            return ExitCodes.FAILURE;
        }
        root.secrets().addAll(loaded);
        PluginConfig secretsConfig = loaded.secrets();
        SecretProvider secrets = PluginRegistry.load(SecretProviderFactory.class)
                .factory(secretsConfig.path() + ".type", secretsConfig.type())
                .create(secretsConfig.section(), new PluginContext(loaded.name(), clock, name -> Optional.empty()));
        out.println("ok    secrets (" + secretsConfig.type() + "): every ${secret:…} placeholder resolved");
        PluginContext context = new PluginContext(loaded.name(), clock, secrets);
        boolean failed = false;
        for (Section section : sections(loaded)) {
            if (section.check().isEmpty() || section.plugin().path().equals(secretsConfig.path())) {
                continue;
            }
            String name = section.plugin().path() + " (" + section.plugin().type() + ")";
            try {
                out.println("ok    " + name + ": "
                        + root.secrets().redact(section.check().get().tryConnection(section.plugin().section(), context)));
            } catch (RuntimeException e) {
                failed = true;
                out.println("FAIL  " + name + ": " + root.secrets().redact(String.valueOf(e.getMessage())));
            }
        }
        return failed ? ExitCodes.FAILURE : ExitCodes.OK;
    }

    private static List<Section> sections(PipelineConfig config) {
        List<Section> sections = new ArrayList<>(List.of(
                Section.of(config.secrets(), SecretProviderFactory.class),
                Section.of(config.storage(), StorageFactory.class)));
        config.extract().ifPresent(extract -> sections.add(Section.of(extract, ExtractorFactory.class)));
        sections.addAll(List.of(
                Section.of(config.transform().deserializer(), DeserializerFactory.class),
                Section.of(config.transform().writer(), LayerWriterFactory.class),
                Section.of(config.transform().catalog(), CatalogRegistrarFactory.class)));
        config.load().ifPresent(load -> sections.add(Section.of(load, LoaderFactory.class)));
        sections.add(Section.of(config.notifier(), NotifierFactory.class));
        return sections;
    }

    /** A plugin section with the check its factory offers, if any. */
    private record Section(PluginConfig plugin, Optional<PluginCheck> check) {
        static Section of(PluginConfig plugin, Class<? extends PluginFactory<?>> kind) {
            PluginFactory<?> factory = PluginRegistry.load(kind).factory(plugin.path() + ".type", plugin.type());
            return new Section(plugin, factory instanceof PluginCheck check
                    ? Optional.of(check) : Optional.empty());
        }
    }
}
