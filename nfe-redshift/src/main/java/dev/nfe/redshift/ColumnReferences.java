package dev.nfe.redshift;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a rule's query can read of the staging tables, found by scanning its SQL once: every name it writes, and the
 * staging tables it may read whole rows of. A staging table's column is read only if the query names it somewhere;
 * whatever could read a column without naming it marks the table as read whole:
 *
 * <ul>
 *   <li>a {@code *} that is not {@code COUNT(*)} nor a multiplication, and {@code NATURAL} joins: every staging
 *       table the query mentions;
 *   <li>{@code t.*}, a table or its alias used as a value ({@code to_jsonb(i)}), a column alias list
 *       ({@code AS i (a, b)}) and {@code TABLE t}: that table.
 * </ul>
 *
 * The scan errs on the side of reading more: a word in a string literal counts as a name, and an alias that could
 * shadow a table's is taken for the table. Names fold as PostgreSQL folds them: unquoted ones to lower case, quoted
 * ones as written.
 *
 * @param names every name the query writes, folded
 * @param wholeRows the staging tables whose every column the query may read
 */
record ColumnReferences(Set<String> names, Set<String> wholeRows) {
    /** Words after which a name is no table alias, and around which a {@code *} is no multiplication. */
    private static final Set<String> CLAUSE_WORDS = Set.of("all", "and", "as", "by", "cross", "distinct", "except",
            "fetch", "for", "from", "full", "group", "having", "inner", "intersect", "into", "join", "lateral", "left",
            "limit", "natural", "offset", "on", "or", "order", "outer", "returning", "right", "select", "table",
            "union", "using", "values", "where", "window", "with");

    ColumnReferences {
        names = Set.copyOf(names);
        wholeRows = Set.copyOf(wholeRows);
    }

    /**
     * Scans {@code sql}, a rule's query with its placeholders substituted, for what it reads of the staging tables
     * named {@code stagingTables}.
     */
    static ColumnReferences scan(String sql, Set<String> stagingTables) {
        List<Token> tokens = Lexer.tokens(sql);
        Set<String> names = new HashSet<>();
        Set<String> mentioned = new HashSet<>();
        Set<String> whole = new HashSet<>();
        Map<String, String> aliases = new HashMap<>();
        Set<Integer> definitions = new HashSet<>();
        boolean everything = false;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.kind() == Kind.LITERAL) {
                names.addAll(wordsOf(token.text()));
            } else if (token.kind() == Kind.NAME) {
                names.add(token.text());
                everything |= isWord(token, "natural");
                if (stagingTables.contains(token.text()) && !at(tokens, i - 1, Kind.DOT)) {
                    mentioned.add(token.text());
                    referenceOf(tokens, i, whole, aliases, definitions);
                }
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.kind() == Kind.STAR && isWildcard(tokens, i)) {
                if (!at(tokens, i - 1, Kind.DOT)) {
                    everything = true;
                } else if (i >= 2 && aliases.containsKey(tokens.get(i - 2).text())) {
                    whole.add(aliases.get(tokens.get(i - 2).text()));
                }
            } else if (token.kind() == Kind.NAME && !definitions.contains(i) && !at(tokens, i - 1, Kind.DOT)
                    && !at(tokens, i + 1, Kind.DOT) && aliases.containsKey(token.text())) {
                whole.add(aliases.get(token.text()));
            }
        }
        if (everything) {
            whole.addAll(mentioned);
        }
        return new ColumnReferences(names, whole);
    }

    /** Whether the query may read column {@code column} of staging table {@code stagingTable}. */
    boolean reads(String stagingTable, String column) {
        return wholeRows.contains(stagingTable) || names.contains(column);
    }

    /**
     * Records what the mention of a staging table at {@code i} (not after a dot) defines: its alias, or the table's
     * own name when it has none; a column alias list or {@code TABLE t} reads it whole.
     */
    private static void referenceOf(List<Token> tokens, int i, Set<String> whole, Map<String, String> aliases,
            Set<Integer> definitions) {
        String table = tokens.get(i).text();
        definitions.add(i);
        aliases.put(table, table);
        if (at(tokens, i + 1, Kind.DOT)) {
            return;
        }
        if (i > 0 && isWord(tokens.get(i - 1), "table")) {
            whole.add(table);
        }
        int alias = i + 1;
        if (alias < tokens.size() && isWord(tokens.get(alias), "as")) {
            alias++;
        }
        if (alias < tokens.size() && tokens.get(alias).kind() == Kind.NAME
                && (tokens.get(alias).quoted() || !CLAUSE_WORDS.contains(tokens.get(alias).text()))) {
            aliases.put(tokens.get(alias).text(), table);
            definitions.add(alias);
            if (at(tokens, alias + 1, Kind.OPEN)) {
                whole.add(table);
            }
        } else if (at(tokens, i + 1, Kind.OPEN)) {
            whole.add(table);
        }
    }

    /** A {@code *} that is neither {@code COUNT(*)} nor a multiplication of two operands. */
    private static boolean isWildcard(List<Token> tokens, int i) {
        if (at(tokens, i - 1, Kind.OPEN) && at(tokens, i + 1, Kind.CLOSE)) {
            return false;
        }
        if (at(tokens, i - 1, Kind.DOT)) {
            return true;
        }
        return !(i > 0 && endsOperand(tokens.get(i - 1)) && i + 1 < tokens.size() && startsOperand(tokens.get(i + 1)));
    }

    private static boolean endsOperand(Token token) {
        return switch (token.kind()) {
            case NAME -> token.quoted() || !CLAUSE_WORDS.contains(token.text());
            case LITERAL, CLOSE -> true;
            default -> false;
        };
    }

    private static boolean startsOperand(Token token) {
        return switch (token.kind()) {
            case NAME -> token.quoted() || !CLAUSE_WORDS.contains(token.text());
            case LITERAL, OPEN, OPERATOR -> true;
            default -> false;
        };
    }

    /** The words of a literal, folded: text a query builds into SQL could name columns. */
    private static List<String> wordsOf(String literal) {
        List<String> words = new ArrayList<>();
        for (String word : literal.split("[^A-Za-z0-9_$]+")) {
            if (!word.isEmpty()) {
                words.add(word.toLowerCase(Locale.ROOT));
            }
        }
        return words;
    }

    private static boolean at(List<Token> tokens, int i, Kind kind) {
        return i >= 0 && i < tokens.size() && tokens.get(i).kind() == kind;
    }

    private static boolean isWord(Token token, String word) {
        return token.kind() == Kind.NAME && !token.quoted() && token.text().equals(word);
    }

    /** The kinds of token the scan tells apart. */
    private enum Kind { NAME, LITERAL, DOT, STAR, OPEN, CLOSE, OPERATOR }

    /**
     * One token of the query.
     *
     * @param kind what it is
     * @param text a name folded, or the token as written
     * @param quoted whether a name was written in double quotes
     */
    private record Token(Kind kind, String text, boolean quoted) {
        Token {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(text, "text");
        }
    }

    /** Splits SQL into tokens; comments and whitespace are dropped, string literals become one literal token. */
    private static final class Lexer {
        private final String sql;
        private final List<Token> tokens = new ArrayList<>();
        private int i;

        private Lexer(String sql) {
            this.sql = sql;
        }

        static List<Token> tokens(String sql) {
            Lexer lexer = new Lexer(sql);
            lexer.run();
            return Collections.unmodifiableList(lexer.tokens);
        }

        private void run() {
            while (i < sql.length()) {
                char c = sql.charAt(i);
                char next = i + 1 < sql.length() ? sql.charAt(i + 1) : '\0';
                int tagEnd = c == '$' ? SqlTemplate.dollarTagEnd(sql, i) : -1;
                if (Character.isWhitespace(c)) {
                    i++;
                } else if (c == '-' && next == '-') {
                    int end = sql.indexOf('\n', i);
                    i = end < 0 ? sql.length() : end + 1;
                } else if (c == '/' && next == '*') {
                    int end = sql.indexOf("*/", i + 2);
                    i = end < 0 ? sql.length() : end + 2;
                } else if (c == '\'') {
                    tokens.add(new Token(Kind.LITERAL, quoted('\''), false));
                } else if (c == '"') {
                    tokens.add(new Token(Kind.NAME, quoted('"').replace("\"\"", "\""), true));
                } else if (tagEnd > 0) {
                    String tag = sql.substring(i, tagEnd);
                    int end = sql.indexOf(tag, tagEnd);
                    String body = sql.substring(tagEnd, end < 0 ? sql.length() : end);
                    i = end < 0 ? sql.length() : end + tag.length();
                    tokens.add(new Token(Kind.LITERAL, body, false));
                } else if (Character.isDigit(c)) {
                    int start = i;
                    while (i < sql.length() && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '.')) {
                        i++;
                    }
                    tokens.add(new Token(Kind.LITERAL, sql.substring(start, i), false));
                } else if (Character.isLetter(c) || c == '_') {
                    int start = i;
                    while (i < sql.length() && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_'
                            || sql.charAt(i) == '$')) {
                        i++;
                    }
                    tokens.add(new Token(Kind.NAME, sql.substring(start, i).toLowerCase(Locale.ROOT), false));
                } else {
                    tokens.add(new Token(switch (c) {
                        case '.' -> Kind.DOT;
                        case '*' -> Kind.STAR;
                        case '(' -> Kind.OPEN;
                        case ')' -> Kind.CLOSE;
                        case '?' -> Kind.LITERAL;
                        default -> Kind.OPERATOR;
                    }, String.valueOf(c), false));
                    i++;
                }
            }
        }

        /** The text between a quote at {@code i} and its closing quote, doubled quotes kept; moves past it. */
        private String quoted(char quote) {
            int close = SqlTemplate.closingQuote(sql, i, quote);
            int end = close < 0 ? sql.length() : close;
            String body = sql.substring(i + 1, end);
            i = Math.min(sql.length(), end + 1);
            return body;
        }
    }
}
