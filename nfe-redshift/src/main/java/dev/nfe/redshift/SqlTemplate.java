package dev.nfe.redshift;

import dev.nfe.core.spi.ConfigException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * SQL text from a rule or setup file, scanned once: {@code ${name}} placeholders are replaced by already quoted
 * identifiers and {@code :name} parameters by {@code ?} markers (their names kept in order, to be bound), while string
 * literals, quoted identifiers, comments, dollar-quoted bodies and {@code ::} casts are left as written.
 *
 * @param sql the text with placeholders substituted and parameters as {@code ?}
 * @param parameters the parameter names, one per {@code ?}, in order
 * @param placeholders the placeholder names used, in order of first use
 */
record SqlTemplate(String sql, List<String> parameters, Set<String> placeholders) {
    SqlTemplate {
        Objects.requireNonNull(sql, "sql");
        parameters = List.copyOf(parameters);
        placeholders = Collections.unmodifiableSet(new LinkedHashSet<>(placeholders));
    }

    /**
     * Scans {@code text}, replacing each placeholder by {@code substitutions}' value for it (empty: unknown).
     *
     * @param source names the text in errors (a file name)
     * @throws ConfigException if a placeholder has no substitution or a quote or comment is not closed
     */
    static SqlTemplate parse(String source, String text, Function<String, Optional<String>> substitutions) {
        return new Scanner(source, text, substitutions, Statements.ONE).scan().get(0);
    }

    /** Splits a script into its {@code ;}-separated statements, each scanned like {@link #parse}; empty ones dropped. */
    static List<SqlTemplate> parseScript(String source, String text, Function<String, Optional<String>> substitutions) {
        return new Scanner(source, text, substitutions, Statements.MANY).scan();
    }

    /** The values of {@link #parameters()} looked up in {@code values}, in order. */
    List<Object> bind(Map<String, Object> values) {
        List<Object> bound = new ArrayList<>(parameters.size());
        for (String name : parameters) {
            if (!values.containsKey(name)) {
                throw new ConfigException("Unknown parameter :" + name + ", expected one of " + values.keySet());
            }
            bound.add(values.get(name));
        }
        return bound;
    }

    /**
     * The position of the quote closing the one at {@code open} in {@code text}, a doubled quote standing for itself;
     * -1 if it is not closed.
     */
    static int closingQuote(String text, int open, char quote) {
        int j = open + 1;
        while (j < text.length()) {
            if (text.charAt(j) == quote) {
                if (j + 1 < text.length() && text.charAt(j + 1) == quote) {
                    j += 2;
                    continue;
                }
                return j;
            }
            j++;
        }
        return -1;
    }

    /** The end of a {@code $tag$} starting at {@code at} in {@code text} (just past its second {@code $}), or -1. */
    static int dollarTagEnd(String text, int at) {
        int j = at + 1;
        while (j < text.length() && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '_')) {
            j++;
        }
        return j < text.length() && text.charAt(j) == '$' ? j + 1 : -1;
    }

    /** Whether a text must hold one statement or may hold several. */
    private enum Statements { ONE, MANY }

    /** A single pass over SQL text. Not thread-safe; used once. */
    private static final class Scanner {
        private final String source;
        private final String text;
        private final Function<String, Optional<String>> substitutions;
        private final Statements statements;
        private final List<SqlTemplate> parsed = new ArrayList<>();
        private StringBuilder out = new StringBuilder();
        private List<String> parameters = new ArrayList<>();
        private Set<String> placeholders = new LinkedHashSet<>();
        private int i;

        Scanner(String source, String text, Function<String, Optional<String>> substitutions, Statements statements) {
            this.source = source;
            this.text = text;
            this.substitutions = substitutions;
            this.statements = statements;
        }

        List<SqlTemplate> scan() {
            while (i < text.length()) {
                char c = text.charAt(i);
                char next = i + 1 < text.length() ? text.charAt(i + 1) : '\0';
                if (c == '\'' || c == '"') {
                    copyQuoted(c);
                } else if (c == '-' && next == '-') {
                    copyUntil("\n", "line comment");
                } else if (c == '/' && next == '*') {
                    copyUntil("*/", "block comment");
                } else if (c == '$' && next == '{') {
                    placeholder();
                } else if (c == '$' && dollarTag().isPresent()) {
                    String tag = dollarTag().get();
                    out.append(tag);
                    i += tag.length();
                    copyUntil(tag, "dollar-quoted text " + tag);
                } else if (c == ':' && next == ':') {
                    out.append("::");
                    i += 2;
                } else if (c == ':' && isNameStart(next)) {
                    parameter();
                } else if (c == ';') {
                    finishStatement();
                    i++;
                } else {
                    out.append(c);
                    i++;
                }
            }
            finishStatement();
            if (parsed.isEmpty() && statements == Statements.ONE) {
                throw new ConfigException(source + ": holds no SQL statement");
            }
            if (statements == Statements.ONE && parsed.size() > 1) {
                throw new ConfigException(source + ": holds more than one statement");
            }
            return parsed;
        }

        private void finishStatement() {
            String sql = out.toString().strip();
            boolean onlyComments = sql.lines().map(String::strip)
                    .allMatch(line -> line.isEmpty() || line.startsWith("--"));
            if (!onlyComments) {
                parsed.add(new SqlTemplate(sql, parameters, placeholders));
            }
            out = new StringBuilder();
            parameters = new ArrayList<>();
            placeholders = new LinkedHashSet<>();
        }

        private void copyQuoted(char quote) {
            int start = i;
            int close = closingQuote(text, i, quote);
            if (close < 0) {
                String what = quote == '\'' ? "string literal" : "quoted identifier";
                throw new ConfigException(source + ": unclosed " + what + " at offset " + start);
            }
            i = close + 1;
            out.append(text, start, i);
        }

        private void copyUntil(String end, String what) {
            int start = i;
            int found = text.indexOf(end, i + 2);
            if (found < 0) {
                if (end.equals("\n")) {
                    out.append(text, start, text.length());
                    i = text.length();
                    return;
                }
                throw new ConfigException(source + ": unclosed " + what + " at offset " + start);
            }
            i = found + end.length();
            out.append(text, start, i);
        }

        private Optional<String> dollarTag() {
            int end = dollarTagEnd(text, i);
            return end < 0 ? Optional.empty() : Optional.of(text.substring(i, end));
        }

        private void placeholder() {
            int end = text.indexOf('}', i);
            if (end < 0) {
                throw new ConfigException(source + ": unclosed placeholder at offset " + i);
            }
            String name = text.substring(i + 2, end).strip();
            String value = substitutions.apply(name)
                    .orElseThrow(() -> new ConfigException(source + ": unknown placeholder ${" + name + "}"));
            placeholders.add(name);
            out.append(value);
            i = end + 1;
        }

        private void parameter() {
            int j = i + 1;
            while (j < text.length() && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '_')) {
                j++;
            }
            parameters.add(text.substring(i + 1, j));
            out.append('?');
            i = j;
        }

        private static boolean isNameStart(char c) {
            return Character.isLetter(c) || c == '_';
        }
    }
}
