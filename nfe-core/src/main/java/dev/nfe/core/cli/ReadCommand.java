package dev.nfe.core.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nfe.core.iceberg.IcebergTables;
import dev.nfe.core.runtime.Pipeline;
import dev.nfe.core.spi.Column;
import dev.nfe.core.spi.Row;
import dev.nfe.core.spi.Table;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code nfe read TABLE}: prints the rows of an Iceberg silver table as of now, a snapshot or a time, as CSV with a
 * header or as JSON lines, optionally only those whose columns equal given values.
 */
@Command(name = "read", mixinStandardHelpOptions = true,
        description = "Prints the rows of an Iceberg silver table, now or as of a past snapshot or time (time"
                + " travel). Needs transform.writer: iceberg.")
final class ReadCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    /** Output formats. */
    enum Format { csv, json }

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private NfeCommand root;

    @Mixin
    private PipelineOption pipelineOption;

    @Parameters(paramLabel = "TABLE", description = "The table (nfe, nfe_item, ...); see nfe tables.")
    private String table;

    @Option(names = "--as-of", paramLabel = "TIMESTAMP|SNAPSHOT",
            description = "A snapshot id (from nfe tables) or an ISO-8601 time with offset (2026-01-05T10:00:00Z);"
                    + " default: the current snapshot.")
    private Optional<String> asOf;

    @Option(names = "--format", defaultValue = "csv", description = "csv (default, with a header) or json (one"
            + " object per line).")
    private Format format;

    @Option(names = "--where", paramLabel = "COLUMN=VALUE",
            description = "Only rows whose column has this value, compared as text; repeat to require several.")
    private List<String> where = new ArrayList<>();

    @Override
    public Integer call() {
        Pipeline pipeline = pipelineOption.pipeline(root, Clock.systemUTC());
        IcebergTables tables = pipeline.silverTables().orElse(null);
        if (tables == null) {
            return PipelineOption.silverIsNotIceberg(spec.commandLine().getErr(), pipeline, "read");
        }
        IcebergTables.AsOf point = asOf.map(this::point).orElse(IcebergTables.AsOf.CURRENT);
        Table columns = tables.table(table, point);
        Predicate<Row> filter = filter(columns);
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.csv) {
            out.println(String.join(",", columns.columns().stream().map(column -> csv(column.name())).toList()));
        }
        try (Stream<Row> rows = tables.rows(table, point)) {
            rows.filter(filter).forEach(row -> out.println(format == Format.csv ? csvLine(row) : jsonLine(columns, row)));
        }
        out.flush();
        return ExitCodes.OK;
    }

    private IcebergTables.AsOf point(String value) {
        if (value.matches("-?\\d+")) {
            return new IcebergTables.AsOf.AtSnapshot(Long.parseLong(value));
        }
        try {
            return new IcebergTables.AsOf.AtTime(OffsetDateTime.parse(value).toInstant());
        } catch (DateTimeParseException e) {
            throw new ParameterException(spec.commandLine(), "--as-of: a snapshot id or an ISO-8601 time with offset,"
                    + " was '" + value + "'");
        }
    }

    private Predicate<Row> filter(Table columns) {
        Predicate<Row> filter = row -> true;
        for (String condition : where) {
            int equals = condition.indexOf('=');
            String name = equals < 0 ? condition : condition.substring(0, equals);
            boolean known = columns.columns().stream().anyMatch(column -> column.name().equals(name));
            if (equals < 0 || !known) {
                throw new ParameterException(spec.commandLine(), "--where: COLUMN=VALUE with a column of " + table
                        + ", was '" + condition + "'");
            }
            int index = columns.indexOf(name);
            String value = condition.substring(equals + 1);
            filter = filter.and(row -> row.get(index) != null && text(row.get(index)).equals(value));
        }
        return filter;
    }

    private static String text(Object value) {
        return value instanceof BigDecimal decimal ? decimal.toPlainString() : String.valueOf(value);
    }

    private static String csvLine(Row row) {
        List<String> cells = new ArrayList<>(row.size());
        for (int i = 0; i < row.size(); i++) {
            cells.add(row.get(i) == null ? "" : csv(text(row.get(i))));
        }
        return String.join(",", cells);
    }

    private static String csv(String text) {
        return text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")
                ? "\"" + text.replace("\"", "\"\"") + "\""
                : text;
    }

    private static String jsonLine(Table columns, Row row) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < row.size(); i++) {
            Column column = columns.columns().get(i);
            Object value = row.get(i);
            object.put(column.name(), value instanceof Instant || value instanceof LocalDate
                    ? value.toString() : value);
        }
        try {
            return JSON.writeValueAsString(object);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
