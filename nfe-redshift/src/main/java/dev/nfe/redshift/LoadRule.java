package dev.nfe.redshift;

import dev.nfe.core.spi.ConfigException;
import dev.nfe.redshift.dialect.SqlIdentifier;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A business rule: a {@code SELECT} over the staged silver tables whose rows go into one target table. The rule file
 * says how in its leading comments, and the rest is the query:
 *
 * <pre>{@code
 * -- @target: sales_by_item          (default: the file name without .sql)
 * -- @mode: merge                     (insert, merge or replace-partition; default insert)
 * -- @keys: chave, n_item             (merge keys, or the partition columns of replace-partition)
 * -- @version: prot_nfe_dh_recbto, doc_hash   (merge: of two rows with one key, the greater version wins)
 * SELECT i.chave, i.n_item, …, :batch_id AS batch_id
 * FROM ${staging.nfe_item} AS i JOIN ${staging.nfe} AS n ON n.chave = i.chave AND n.doc_hash = i.doc_hash
 * }</pre>
 *
 * The query returns every column of the target, by name. {@code ${staging.<silver table>}}, {@code ${schema}} and
 * {@code ${target}} become quoted identifiers; {@code :batch_id} and {@code :ingest_date} are bound parameters.
 *
 * <p>Versions compare column by column, the first column first, the next ones breaking ties, and a NULL is older
 * than every value: with {@code @version: prot_nfe_dh_recbto, doc_hash} an nfeProc (whose protocol has a receipt
 * time) beats a bare NFe (which has none), the later receipt wins, and equal receipt times fall back to the content
 * hash so every load order picks the same row. A row whose version equals the target's replaces it (a rerun
 * rewrites the same values); an older one leaves the target as it is.
 *
 * @param source where the rule came from, for messages
 * @param target the target table
 * @param mode how rows reach it
 * @param keys merge keys or partition columns; empty for insert
 * @param version the columns deciding which of two rows with one key is newer, for merge; empty for none
 * @param sql the query text as written, comments included
 */
public record LoadRule(String source, SqlIdentifier target, RuleMode mode, List<SqlIdentifier> keys,
        List<SqlIdentifier> version, String sql) {
    private static final Pattern HEADER = Pattern.compile("--\\s*@([a-z]+)\\s*:\\s*(.*?)\\s*");

    /**
     * @throws ConfigException if a merge has no keys, or keys or a version are given to a mode that does not use them
     */
    public LoadRule {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(mode, "mode");
        keys = List.copyOf(keys);
        version = List.copyOf(version);
        Objects.requireNonNull(sql, "sql");
        if (mode == RuleMode.MERGE && keys.isEmpty()) {
            throw new ConfigException(source + ": a merge rule needs @keys");
        }
        if (mode == RuleMode.INSERT && !keys.isEmpty()) {
            throw new ConfigException(source + ": @keys apply to merge and replace-partition rules, not insert");
        }
        if (mode != RuleMode.MERGE && !version.isEmpty()) {
            throw new ConfigException(source + ": @version applies to merge rules only");
        }
    }

    /**
     * Reads a rule from {@code text}, taking its settings from its leading {@code -- @key: value} comments.
     *
     * @param source the file's name; its base name is the default target
     * @throws ConfigException naming {@code source} for an unknown or bad setting
     */
    public static LoadRule parse(String source, String text) {
        String base = source.substring(source.lastIndexOf('/') + 1).replaceFirst("\\.sql$", "");
        String target = base;
        RuleMode mode = RuleMode.INSERT;
        List<SqlIdentifier> keys = new ArrayList<>();
        List<SqlIdentifier> version = new ArrayList<>();
        for (String line : text.lines().map(String::strip).toList()) {
            if (line.isEmpty()) {
                continue;
            }
            if (!line.startsWith("--")) {
                break;
            }
            Matcher header = HEADER.matcher(line);
            if (!header.matches()) {
                continue;
            }
            String value = header.group(2);
            switch (header.group(1)) {
                case "target" -> target = value;
                case "mode" -> mode = RuleMode.parse(source, value);
                case "keys" -> identifiers(source, "@keys", value, keys);
                case "version" -> identifiers(source, "@version", value, version);
                default -> throw new ConfigException(source + ": unknown setting @" + header.group(1)
                        + ", expected @target, @mode, @keys or @version");
            }
        }
        return new LoadRule(source, identifier(source, "@target", target), mode, keys, version, text);
    }

    private static void identifiers(String source, String setting, String value, List<SqlIdentifier> into) {
        into.clear();
        for (String name : value.split(",")) {
            into.add(identifier(source, setting, name.strip()));
        }
    }

    /**
     * Reads the rule at {@code location}: a file if one exists there, else a class path resource.
     *
     * @throws ConfigException if there is neither, or it cannot be read
     */
    public static LoadRule load(String location) {
        return load("", location);
    }

    /**
     * Reads the rule at {@code location}, given at {@code keyPath} of the configuration ({@code load.rules[1]}): a
     * file if one exists there, else a class path resource.
     *
     * @throws ConfigException naming {@code keyPath} if there is neither, or it cannot be read
     */
    public static LoadRule load(String keyPath, String location) {
        return parse(location, read(keyPath, location));
    }

    /**
     * The text at {@code location}, a file or else a class path resource, as UTF-8.
     *
     * @param keyPath where the location was given, the start of every problem; empty when it came from code
     * @throws ConfigException if there is neither file nor resource, or it cannot be read
     */
    static String read(String keyPath, String location) {
        String problem = keyPath.isEmpty() ? "" : keyPath + ": ";
        Path file;
        try {
            file = Path.of(location);
        } catch (InvalidPathException e) {
            throw new ConfigException(problem + "not a valid file name: '" + location + "' (" + e.getReason() + ")", e);
        }
        try {
            if (Files.isRegularFile(file)) {
                return Files.readString(file, StandardCharsets.UTF_8);
            }
            if (Files.exists(file)) {
                throw new ConfigException(problem + "not a regular file: " + location);
            }
            String resource = location.startsWith("/") ? location.substring(1) : location;
            ClassLoader loader = Optional.ofNullable(Thread.currentThread().getContextClassLoader())
                    .orElse(LoadRule.class.getClassLoader());
            try (InputStream in = loader.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new ConfigException(problem + "file not found: " + location + " (no file "
                            + file.toAbsolutePath() + ", no class path resource " + resource + ")");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new ConfigException(problem + "cannot read " + location + ": " + e.getMessage(), e);
        }
    }

    private static SqlIdentifier identifier(String source, String setting, String value) {
        if (!SqlIdentifier.isValid(value)) {
            throw new ConfigException(source + ": " + setting + " '" + value + "' is not a valid SQL identifier");
        }
        return SqlIdentifier.of(value);
    }
}
