package dev.nfe.core.runtime;

import dev.nfe.core.config.LayerPrefixes;
import dev.nfe.core.config.LeaseConfig;
import dev.nfe.core.config.PipelineConfig;
import dev.nfe.core.config.PluginConfig;
import dev.nfe.core.config.PluginRegistry;
import dev.nfe.core.config.SilverBatching;
import dev.nfe.core.config.ThreadCount;
import dev.nfe.core.iceberg.IcebergMaintenance;
import dev.nfe.core.iceberg.IcebergTables;
import dev.nfe.core.spi.Batch;
import dev.nfe.core.spi.CatalogRegistrar;
import dev.nfe.core.spi.CatalogRegistrarFactory;
import dev.nfe.core.spi.Checkpoint;
import dev.nfe.core.spi.CommitConflictException;
import dev.nfe.core.spi.ConfigException;
import dev.nfe.core.spi.Deserializer;
import dev.nfe.core.spi.DeserializerFactory;
import dev.nfe.core.spi.Extractor;
import dev.nfe.core.spi.ExtractorFactory;
import dev.nfe.core.spi.LayerReader;
import dev.nfe.core.spi.LayerWriter;
import dev.nfe.core.spi.LayerWriterFactory;
import dev.nfe.core.spi.Loader;
import dev.nfe.core.spi.LoaderFactory;
import dev.nfe.core.spi.Notification;
import dev.nfe.core.spi.Notifier;
import dev.nfe.core.spi.NotifierFactory;
import dev.nfe.core.spi.PluginContext;
import dev.nfe.core.spi.PluginFactory;
import dev.nfe.core.spi.RunSummary;
import dev.nfe.core.spi.SecretProvider;
import dev.nfe.core.spi.SecretProviderFactory;
import dev.nfe.core.spi.Storage;
import dev.nfe.core.spi.StorageFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * A pipeline composed of its plugins, ready to run its stages: {@code extract} (source → bronze), {@code transform}
 * (bronze → silver and quarantine) and {@code load} (silver → warehouse), separately, as three Airflow tasks or Lambda
 * invocations would, or all in sequence. Built once, from a {@link PipelineConfig} or programmatically, and immutable
 * and thread-safe after that. Runs of one pipeline, in this process or any other, take turns on each stage through a
 * lease kept in the pipeline's state ({@code lease} section): a run that finds a stage leased waits for it, and
 * after the configured wait returns a partial summary having done nothing, so two runs at once lose and duplicate
 * nothing.
 *
 * <pre>{@code
 * Pipeline pipeline = Pipeline.fromConfig(PipelineConfigLoader.create().load(Path.of("pipeline.yaml")));
 * RunSummary summary = pipeline.run(pipeline.request(Stage.TRANSFORM).withTimeBudget(Duration.ofMinutes(14)));
 * }</pre>
 *
 * <p>Every stage returns a {@link RunSummary}, reports its outcome to the {@link Notifier} (succeeded, quarantined,
 * failed) and sets the MDC keys {@code pipeline}, {@code stage} and {@code batch} while it runs. A failure is
 * rethrown after the notifier has heard of it.
 */
public final class Pipeline {
    private static final Logger log = LoggerFactory.getLogger(Pipeline.class);
    private static final Pattern NAME = Pattern.compile("[a-z0-9-]+");

    private final String name;
    private final Storage storage;
    private final Optional<Extractor> extractor;
    private final Deserializer deserializer;
    private final LayerWriter layerWriter;
    private final CatalogRegistrar catalog;
    private final Optional<Loader> loader;
    private final Notifier notifier;
    private final LayerPrefixes layers;
    private final Clock clock;
    private final Duration deadlineMargin;
    private final LeaseConfig lease;
    private final StageLeases.Pause pause;
    private final TransformEngine transformEngine;
    private final SilverBatching silverBatching;

    private Pipeline(Builder builder, Parts parts) {
        this.name = parts.name;
        this.storage = parts.storage;
        this.extractor = parts.extractor;
        this.deserializer = parts.deserializer;
        this.layerWriter = parts.layerWriter;
        this.catalog = parts.catalog;
        this.loader = parts.loader;
        this.notifier = parts.notifier;
        this.layers = parts.layers;
        this.clock = builder.clock;
        this.deadlineMargin = builder.deadlineMargin;
        this.lease = parts.lease;
        this.pause = builder.pause;
        this.transformEngine = parts.transformEngine;
        this.silverBatching = parts.silverBatching;
    }

    /**
     * The pipeline {@code config} describes, with its plugins found on this library's class path.
     *
     * @throws ConfigException if a plugin cannot be built from its section
     */
    public static Pipeline fromConfig(PipelineConfig config) {
        return builder().config(config).build();
    }

    /** A builder, to compose a pipeline from plugin instances or to adjust one built from a configuration. */
    public static Builder builder() {
        return new Builder();
    }

    /** The pipeline's name. */
    public String name() {
        return name;
    }

    /** The lake's storage, where every layer and the pipeline's state live. */
    public Storage storage() {
        return storage;
    }

    /** The deserializer the transform reads documents with. */
    public Deserializer deserializer() {
        return deserializer;
    }

    /** The reader of the pipeline's silver layer, in the format its transform writes. */
    public LayerReader silver() {
        return layerWriter.reader(storage, layers.silver());
    }

    /** The Iceberg tables of the pipeline's silver layer, if its transform writes the {@code iceberg} format. */
    public Optional<IcebergTables> silverTables() {
        return IcebergTables.of(layerWriter, storage, layers.silver());
    }

    /**
     * The maintenance (compaction, snapshot expiry, orphan removal) of the pipeline's silver tables, if its transform
     * writes the {@code iceberg} format; retention and orphan windows count back from the pipeline's clock.
     */
    public Optional<IcebergMaintenance> silverMaintenance() {
        return IcebergMaintenance.of(layerWriter, storage, layers.silver(), clock);
    }

    /** A request for {@code stage} of this pipeline over everything pending, without a deadline. */
    public StageRequest request(Stage stage) {
        return StageRequest.of(name, stage);
    }

    /**
     * Runs one stage as {@code request} asks.
     *
     * @throws IllegalArgumentException if the request is for another pipeline, for {@link Stage#ALL} (use
     *     {@link #runStages}), or carries another stage's continuation
     * @throws ConfigException if the stage needs a plugin this pipeline lacks (an extractor, a loader)
     */
    public RunSummary run(StageRequest request) {
        return run(request, ProgressListener.NONE);
    }

    /** Like {@link #run(StageRequest)}, telling {@code listener} how the stage advances. */
    public RunSummary run(StageRequest request, ProgressListener listener) {
        check(request);
        if (request.stage() == Stage.ALL) {
            throw new IllegalArgumentException("Cannot run stage all with run(): use runStages()");
        }
        Continuations.stageOf(request.continuation())
                .filter(stage -> stage != request.stage())
                .ifPresent(stage -> {
                    throw new IllegalArgumentException("Cannot run stage " + request.stage().id()
                            + " from a continuation of stage " + stage.id());
                });
        return runStage(request.stage(), request, listener);
    }

    /**
     * Runs the requested stage, or for {@link Stage#ALL} extract, transform and load (extract only when the
     * pipeline has an extractor, load only when it has a loader) in order, starting at the stage a continuation names and stopping after a stage that ended at
     * the deadline. Returns one summary per stage run.
     *
     * <p>For {@link Stage#ALL}, a failed extract does not stop the other stages: transform and load still run over
     * the bronze batches already committed, and the extract failure is thrown once they finished (with a later
     * stage's failure, it is attached to it as suppressed).
     */
    public List<RunSummary> runStages(StageRequest request, ProgressListener listener) {
        check(request);
        if (request.stage() != Stage.ALL) {
            return List.of(run(request, listener));
        }
        Stage first = Continuations.stageOf(request.continuation()).orElse(Stage.EXTRACT);
        List<RunSummary> summaries = new ArrayList<>();
        Optional<RuntimeException> extractFailure = Optional.empty();
        for (Stage stage : List.of(Stage.EXTRACT, Stage.TRANSFORM, Stage.LOAD)) {
            if (stage.compareTo(first) < 0 || stage == Stage.EXTRACT && extractor.isEmpty()
                    || stage == Stage.LOAD && loader.isEmpty()) {
                continue;
            }
            Checkpoint continuation = stage == first ? request.continuation() : Checkpoint.empty();
            RunSummary summary;
            try {
                summary = runStage(stage, request.withContinuation(continuation), listener);
            } catch (ConfigException e) {
                extractFailure.ifPresent(e::addSuppressed);
                throw e;
            } catch (RuntimeException e) {
                if (stage != Stage.EXTRACT) {
                    extractFailure.ifPresent(e::addSuppressed);
                    throw e;
                }
                log.error("Stage extract failed ({}); transforming and loading the bronze batches already committed",
                        e.getMessage());
                extractFailure = Optional.of(e);
                continue;
            }
            summaries.add(summary);
            if (summary.isPartial()) {
                break;
            }
        }
        if (extractFailure.isPresent()) {
            throw extractFailure.get();
        }
        return List.copyOf(summaries);
    }

    /**
     * Removes what crashed runs of this pipeline left in the lake, when older than {@code olderThan}: unfinished
     * writes (temporary files, incomplete uploads) and the files of its bronze, silver and gold batch folders that no
     * manifest names. Nothing a manifest names, no state and no other pipeline's batch is touched. It holds every
     * stage's lease while it works, waiting for them as a run does ({@code lease.wait}), so it never races a run of
     * this pipeline; when a lease stays held, it removes nothing and the summary names the holder. The age bound
     * guards writers that take no lease, like another engine writing into the lake.
     *
     * @param dryRun report what would be removed, removing nothing
     * @throws CommitConflictException if a lease ended while it worked; what it removed was left over all the same
     */
    public CleanSummary clean(Duration olderThan, boolean dryRun) {
        if (olderThan.isNegative()) {
            throw new IllegalArgumentException("Cannot clean objects older than a negative duration " + olderThan);
        }
        MDC.put("pipeline", name);
        List<HeldLease> held = new ArrayList<>();
        try {
            StageLeases leases = new StageLeases(new StateStore(storage, name), lease, clock, pause);
            String owner = StageLeases.newOwner();
            Instant waitUntil = clock.instant().plus(lease.maxWait());
            for (Stage stage : List.of(Stage.EXTRACT, Stage.TRANSFORM, Stage.LOAD)) {
                StageLeases.Acquisition acquisition = leases.acquire(stage.id(), owner, waitUntil);
                if (acquisition instanceof StageLeases.Busy busy) {
                    log.warn("Another run holds the lake: stage {} of pipeline {} is leased to {} until {}; cleaned"
                            + " nothing, run again later", stage.id(), name, busy.holder(), busy.expires());
                    return CleanSummary.busy(busy.holder(), dryRun);
                }
                held.add(((StageLeases.Held) acquisition).lease());
            }
            Instant now = clock.instant();
            CleanSummary summary = new CleanSummary(new LakeCleaner(storage, layers, name,
                    () -> held.stream().anyMatch(HeldLease::isLost))
                    .clean(now.minus(olderThan), now.minus(lease.duration().multipliedBy(2)), dryRun),
                    dryRun, Optional.empty());
            log.info("{} {} unfinished writes and {} unreferenced objects of pipeline {} older than {}",
                    dryRun ? "Would remove" : "Removed", summary.count(CleanSummary.Removal.Kind.UNFINISHED_WRITE),
                    summary.count(CleanSummary.Removal.Kind.UNREFERENCED_OBJECT), name, olderThan);
            return summary;
        } finally {
            for (int i = held.size() - 1; i >= 0; i--) {
                held.get(i).close();
            }
            MDC.remove("pipeline");
        }
    }

    /**
     * Reports to the notifier, as one failed run of {@code stage}, a failure that came before the stage could start:
     * a host's unreadable request, a configuration it could not reload. For hosts that call {@link #runStages} and
     * want every failed invocation reported once; failures inside a stage are already reported by the stage.
     */
    public void reportFailure(Stage stage, RuntimeException failure) {
        notify(new RunCounters(name, stage, clock, ProgressListener.NONE).summary(Checkpoint.empty()),
                Notification.Outcome.FAILED, Optional.of(failure.getClass().getSimpleName() + ": " + failure.getMessage()));
    }

    private void check(StageRequest request) {
        if (!request.pipeline().equals(name)) {
            throw new IllegalArgumentException("Cannot run a request for pipeline " + request.pipeline()
                    + " on pipeline " + name);
        }
    }

    private RunSummary runStage(Stage stage, StageRequest request, ProgressListener listener) {
        RunCounters counters = new RunCounters(name, stage, clock, listener);
        Optional<Instant> end = request.effectiveDeadline(clock.instant());
        MDC.put("pipeline", name);
        MDC.put("stage", stage.id());
        try {
            requirePlugins(stage);
            StageLeases leases = new StageLeases(new StateStore(storage, name), lease, clock, pause);
            StageLeases.Acquisition acquisition = leases.acquire(stage.id(), StageLeases.newOwner(), waitUntil(end));
            if (acquisition instanceof StageLeases.Busy busy) {
                return skip(stage, request, counters, busy);
            }
            try (HeldLease held = ((StageLeases.Held) acquisition).lease()) {
                Deadline deadline = Deadline.of(clock, end, deadlineMargin).revokedWhen(held::isLost);
                return runHeld(stage, request, deadline, counters, held);
            }
        } catch (RuntimeException e) {
            notify(counters.summary(Checkpoint.empty()), Notification.Outcome.FAILED,
                    Optional.of(e.getClass().getSimpleName() + ": " + e.getMessage()));
            throw e;
        } finally {
            MDC.remove("batch");
            MDC.remove("stage");
            MDC.remove("pipeline");
        }
    }

    private RunSummary runHeld(Stage stage, StageRequest request, Deadline deadline, RunCounters counters,
            HeldLease held) {
        log.info("Starting stage {} of pipeline {}", stage.id(), name);
        Checkpoint continuation = execute(stage, request, deadline, counters);
        if (held.isLost()) {
            throw new CommitConflictException("Cannot finish stage " + stage.id() + " of pipeline " + name
                    + ": its lease ended while it ran (see the log), so another run may hold the stage; what this"
                    + " run committed stands and a rerun continues safely");
        }
        RunSummary summary = counters.summary(continuation);
        log.info("Finished stage {}: seen={} written={} quarantined={} duplicates={} batches={} partial={}",
                stage.id(), summary.seen(), summary.written(), summary.quarantined(), summary.duplicates(),
                summary.batchIds().size(), summary.isPartial());
        notify(summary, summary.quarantined() > 0 ? Notification.Outcome.QUARANTINED
                : Notification.Outcome.SUCCEEDED, Optional.empty());
        return summary;
    }

    /**
     * The summary of a stage that did nothing because another run held its lease for the whole wait: partial, with
     * the request's own continuation and the holder's id, so that a host runs the stage again later.
     */
    private RunSummary skip(Stage stage, StageRequest request, RunCounters counters, StageLeases.Busy busy) {
        log.warn("Another run holds the lake: stage {} of pipeline {} is leased to {} until {}; did nothing, run again"
                + " later", stage.id(), name, busy.holder(), busy.expires());
        Map<String, String> values = new TreeMap<>(Continuations.strip(request.continuation()).values());
        values.put(Continuations.HELD_BY, busy.holder());
        RunSummary summary = counters.summary(Continuations.of(stage, values));
        notify(summary, Notification.Outcome.SUCCEEDED, Optional.empty());
        return summary;
    }

    /** How long a run waits for a held lease: the configured wait, but never past the deadline's margin. */
    private Instant waitUntil(Optional<Instant> end) {
        Instant byWait = clock.instant().plus(lease.maxWait());
        return end.map(instant -> instant.minus(deadlineMargin))
                .filter(byDeadline -> byDeadline.isBefore(byWait))
                .orElse(byWait);
    }

    /** Fails before the stage starts, when the stage lacks its plugin; the failure is notified like any other. */
    private void requirePlugins(Stage stage) {
        if (stage == Stage.EXTRACT && extractor.isEmpty()) {
            throw new ConfigException("extract: pipeline " + name + " has no extract section; add one (type folder, "
                    + "http or sefaz-dfe) to extract documents");
        }
        if (stage == Stage.LOAD && loader.isEmpty()) {
            throw new ConfigException("load: pipeline " + name + " has no load section; add one (type jdbc, from "
                    + "nfe-redshift) to load silver into a warehouse");
        }
    }

    private Checkpoint execute(Stage stage, StageRequest request, Deadline deadline, RunCounters counters) {
        StateStore state = new StateStore(storage, name);
        BronzeStore bronze = new BronzeStore(storage, layers.bronze(), name);
        return switch (stage) {
            case EXTRACT -> new ExtractStage(extractor.orElseThrow(), bronze, state, clock)
                    .run(request.continuation(), deadline, counters);
            case TRANSFORM -> new TransformStage(name, storage, bronze, state, deserializer, transformEngine,
                    layerWriter, catalog, layers.silver(), silverBatching, clock)
                    .run(request, deadline, counters);
            case LOAD -> new LoadStage(name, loader.orElseThrow(), layerWriter.reader(storage, layers.silver()), state,
                    clock)
                    .run(request, deadline, counters);
            case ALL -> throw new IllegalArgumentException("Cannot execute stage all as one stage");
        };
    }

    private void notify(RunSummary summary, Notification.Outcome outcome, Optional<String> error) {
        try {
            notifier.notify(new Notification(name, summary.stage(), outcome, summary, error));
        } catch (RuntimeException e) {
            log.error("Cannot notify the outcome {} of stage {}", outcome, summary.stage(), e);
        }
    }

    @Override
    public String toString() {
        return "Pipeline[" + name + "]";
    }

    /** The plugins of a pipeline being built. */
    private static final class Parts {
        private String name;
        private Storage storage;
        private Optional<Extractor> extractor;
        private Deserializer deserializer;
        private LayerWriter layerWriter;
        private CatalogRegistrar catalog;
        private Optional<Loader> loader;
        private Notifier notifier;
        private LayerPrefixes layers;
        private LeaseConfig lease;
        private TransformEngine transformEngine;
        private SilverBatching silverBatching;
    }

    /**
     * Composes a {@link Pipeline}. Give it a {@link PipelineConfig} to build every plugin from its section, or the
     * plugin instances themselves; an instance given replaces the one its section would build, so a host can take
     * the configuration and swap one plugin. Without a configuration, name, storage, deserializer and layer writer
     * are required; the extractor and loader are optional (a stage that needs one fails without it), the catalog
     * defaults to {@code none} and the notifier to {@code log}.
     */
    public static final class Builder {
        private Optional<PipelineConfig> config = Optional.empty();
        private Optional<String> name = Optional.empty();
        private Optional<Storage> storage = Optional.empty();
        private Optional<Extractor> extractor = Optional.empty();
        private Optional<Deserializer> deserializer = Optional.empty();
        private Optional<LayerWriter> layerWriter = Optional.empty();
        private Optional<CatalogRegistrar> catalog = Optional.empty();
        private Optional<Loader> loader = Optional.empty();
        private Optional<Notifier> notifier = Optional.empty();
        private Optional<LayerPrefixes> layers = Optional.empty();
        private ClassLoader classLoader = Pipeline.class.getClassLoader();
        private Clock clock = Clock.systemUTC();
        private Duration deadlineMargin = Duration.ofSeconds(10);
        private Optional<LeaseConfig> lease = Optional.empty();
        private StageLeases.Pause pause = StageLeases.SLEEP;
        private Optional<Integer> transformThreads = Optional.empty();
        private Optional<TransformEngine> transformEngine = Optional.empty();
        private Optional<SilverBatching> silverBatching = Optional.empty();

        private Builder() {
        }

        /** Builds every plugin not given explicitly from {@code value}'s sections. */
        public Builder config(PipelineConfig value) {
            this.config = Optional.of(Objects.requireNonNull(value, "value"));
            return this;
        }

        /** The pipeline's name: lowercase letters, digits and hyphens. */
        public Builder name(String value) {
            this.name = Optional.of(Objects.requireNonNull(value, "value"));
            return this;
        }

        /** The object store holding the lake and the state. */
        public Builder storage(Storage value) {
            this.storage = Optional.of(Objects.requireNonNull(value, "value"));
            return this;
        }

        /** The source of raw documents. */
        public Builder extractor(Extractor value) {
            this.extractor = Optional.of(Objects.requireNonNull(value, "value"));
            return this;
        }

        /** Turns bronze documents into NF-e records and findings. */
        public Builder deserializer(Deserializer value) {
            this.deserializer = Optional.of(Objects.requireNonNull(value, "value"));
            return this;
        }

        /** Writes silver batches. */
        public Builder layerWriter(LayerWriter value) {
            this.layerWriter = Optional.of(Objects.requireNonNull(value, "value"));
            return this;
        }

        /** Registers committed silver batches with a query engine's catalog. */
        public Builder catalog(CatalogRegistrar value) {
            this.catalog = Optional.of(Objects.requireNonNull(value, "value"));
            return this;
        }

        /** Loads silver batches into the warehouse. */
        public Builder loader(Loader value) {
            this.loader = Optional.of(Objects.requireNonNull(value, "value"));
            return this;
        }

        /** Hears about stage outcomes. */
        public Builder notifier(Notifier value) {
            this.notifier = Optional.of(Objects.requireNonNull(value, "value"));
            return this;
        }

        /** The layers' storage prefixes; {@code bronze}, {@code silver}, {@code gold} by default. */
        public Builder layers(LayerPrefixes value) {
            this.layers = Optional.of(Objects.requireNonNull(value, "value"));
            return this;
        }

        /** Where plugin factories are discovered for a configuration; this library's loader by default. */
        public Builder classLoader(ClassLoader value) {
            this.classLoader = Objects.requireNonNull(value, "value");
            return this;
        }

        /** The clock stages and plugins read time from; the UTC system clock by default. */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * How long a stage's lease lasts and how long a run waits for one another run holds; from the
         * configuration's {@code lease} section, else {@link LeaseConfig#defaults()}.
         */
        public Builder lease(LeaseConfig value) {
            this.lease = Optional.of(Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * How many threads the transform reads, deserializes and maps documents on, ahead of the writer; from the
         * configuration's {@code transform.threads}, else the processors this JVM may use. The silver files are the
         * same for any value.
         */
        public Builder transformThreads(int value) {
            if (!ThreadCount.isValid(value)) {
                throw new IllegalArgumentException("Cannot transform on " + value + " threads: need 1 to "
                        + ThreadCount.MAX);
            }
            this.transformThreads = Optional.of(value);
            return this;
        }

        /**
         * Where the transform computes its silver batches: by default {@link TransformEngine#local} on the
         * {@linkplain #transformThreads transform threads}; a cluster's engine (the Spark job) runs the same stage,
         * with its lease, ledger and quarantine, on the same lake.
         */
        public Builder transformEngine(TransformEngine value) {
            this.transformEngine = Optional.of(Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * How the transform gathers bronze batches into silver batches; from the configuration's
         * {@code transform.batchBytes} and {@code transform.waitForFullBatch}, else {@link SilverBatching#defaults()}.
         */
        public Builder silverBatching(SilverBatching value) {
            this.silverBatching = Optional.of(Objects.requireNonNull(value, "value"));
            return this;
        }

        /** How a run waiting for a lease pauses between looks; sleeping by default. */
        Builder pause(StageLeases.Pause value) {
            this.pause = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * How long before its deadline a stage stops starting new batches, which should exceed the time one batch
         * takes; 10 seconds by default.
         */
        public Builder deadlineMargin(Duration value) {
            Objects.requireNonNull(value, "value");
            if (value.isNegative()) {
                throw new IllegalArgumentException("Cannot use deadline margin " + value + ": it is negative");
            }
            this.deadlineMargin = value;
            return this;
        }

        /**
         * Builds the pipeline and every plugin it needs.
         *
         * @throws ConfigException if a required part is missing or a plugin cannot be built from its section
         */
        public Pipeline build() {
            Parts parts = new Parts();
            parts.name = name.or(() -> config.map(PipelineConfig::name)).orElseThrow(
                    () -> new ConfigException("pipeline: required key is missing"));
            if (!NAME.matcher(parts.name).matches()) {
                throw new ConfigException("pipeline: must match " + NAME + ", was '" + parts.name + "'");
            }
            parts.layers = layers.or(() -> config.map(PipelineConfig::layers)).orElse(LayerPrefixes.defaults());
            parts.lease = lease.or(() -> config.map(PipelineConfig::lease)).orElse(LeaseConfig.defaults());
            parts.transformEngine = transformEngine.orElseGet(() -> TransformEngine.local(transformThreads
                    .or(() -> config.map(c -> c.transform().threads()))
                    .orElseGet(ThreadCount::byDefault)));
            parts.silverBatching = silverBatching.or(() -> config.map(c -> c.transform().batching()))
                    .orElseGet(SilverBatching::defaults);
            Optional<PluginContext> context = config.map(this::context);
            parts.storage = storage.or(() -> plugin(StorageFactory.class, c -> Optional.of(c.storage()), context))
                    .orElseThrow(() -> missing("storage"));
            parts.extractor = extractor.or(() -> plugin(ExtractorFactory.class, PipelineConfig::extract,
                    context));
            parts.deserializer = deserializer.or(() -> plugin(DeserializerFactory.class,
                    c -> Optional.of(c.transform().deserializer()), context))
                    .orElseThrow(() -> missing("transform.deserializer"));
            parts.layerWriter = layerWriter.or(() -> plugin(LayerWriterFactory.class,
                    c -> Optional.of(c.transform().writer()), context))
                    .orElseThrow(() -> missing("transform.writer"));
            parts.catalog = catalog.or(() -> plugin(CatalogRegistrarFactory.class,
                    c -> Optional.of(c.transform().catalog()), context))
                    .orElse(NoCatalogRegistrarFactory.NONE);
            if (parts.layerWriter.keepsTableState() && parts.catalog != NoCatalogRegistrarFactory.NONE) {
                throw new ConfigException("transform.catalog: must be none when transform.writer keeps its own tables"
                        + " (iceberg): the Iceberg catalog is where engines find them, and registering its files as"
                        + " plain partitions would show uncommitted and replaced files");
            }
            parts.loader = loader.or(() -> plugin(LoaderFactory.class, PipelineConfig::load, context));
            parts.notifier = notifier.or(() -> plugin(NotifierFactory.class, c -> Optional.of(c.notifier()), context))
                    .orElseGet(LogNotifier::new);
            return new Pipeline(this, parts);
        }

        private static ConfigException missing(String key) {
            return new ConfigException(key + ": required to build a pipeline, was not given");
        }

        private PluginContext context(PipelineConfig value) {
            PluginContext bootstrap = new PluginContext(value.name(), clock, secret -> Optional.empty());
            SecretProvider secrets = create(SecretProviderFactory.class, value.secrets(), bootstrap);
            return new PluginContext(value.name(), clock, secrets);
        }

        private <T, F extends PluginFactory<T>> Optional<T> plugin(Class<F> kind,
                Function<PipelineConfig, Optional<PluginConfig>> section,
                Optional<PluginContext> context) {
            return config.flatMap(section).map(plugin -> create(kind, plugin, context.orElseThrow()));
        }

        private <T, F extends PluginFactory<T>> T create(Class<F> kind, PluginConfig plugin, PluginContext context) {
            F factory = PluginRegistry.load(kind, classLoader).factory(plugin.section().keyPath("type"), plugin.type());
            T instance = factory.create(plugin.section(), context);
            log.debug("Built {} plugin {} for {}", plugin.type(), instance.getClass().getName(), plugin.path());
            return instance;
        }
    }
}
