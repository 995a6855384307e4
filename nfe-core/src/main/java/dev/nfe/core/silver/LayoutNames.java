package dev.nfe.core.silver;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The one function that turns NF-e layout tags into silver column names ({@code <group>_<tag>} in snake_case), so
 * that a column reads as NF-e people write the tag: {@code vICMSUFDest}→{@code v_icms_uf_dest},
 * {@code finNFe}→{@code fin_nfe}, {@code pMVAST}→{@code p_mva_st}, {@code ISSQNtot}→{@code issqn_tot}.
 *
 * <p>A tag is cut into runs: an optional leading run of lower-case letters and digits ({@code v}, {@code ind}), then
 * capital runs, each with the lower-case letters and digits that follow it (its tail): {@code vICMSUFDest} is
 * {@code v}, {@code ICMSUFD}+{@code est}. The leading run is one word. Each capital run {@code R} with its tail
 * {@code t} gives the first of these that applies:
 * <ol>
 *   <li>{@code R} ends with the capitals of a {@linkplain #WORDS pinned mixed-case word} whose lower-case end is
 *       exactly {@code t}, and what comes before splits into acronyms: those acronyms, then the word
 *       ({@code NF}+{@code e}→{@code nfe}, {@code NF}+{@code ref}→{@code nfref}, {@code DF}+{@code e}→{@code dfe});</li>
 *   <li>{@code t} starts with a letter, and {@code R} without its last capital splits into acronyms: those acronyms,
 *       then the last capital with {@code t} as a word ({@code ICMST}+{@code ot}→{@code icms}, {@code tot};
 *       {@code BCSTR}+{@code et}→{@code bc}, {@code st}, {@code ret});</li>
 *   <li>{@code R} splits into acronyms: those acronyms, then {@code t} as a word when it starts with a letter
 *       ({@code ISSQN}+{@code tot}→{@code issqn}, {@code tot}; {@code GN}+{@code n}→{@code gn}, {@code n}), or
 *       {@code t} appended to the last acronym when it starts with a digit ({@code ICMS}+{@code 00}→{@code icms00});
 *       </li>
 *   <li>otherwise the plain camel rule: {@code R} without its last capital is one word and the last capital starts
 *       {@code t}'s word when {@code t} starts with a letter and {@code R} has two capitals or more
 *       ({@code NE}+{@code mp}→{@code n}, {@code emp}); else {@code R} and {@code t} are one word
 *       ({@code ANVISA}→{@code anvisa}, {@code X}+{@code 509}→{@code x509}).</li>
 * </ol>
 * "Splits into acronyms" means the whole string is a concatenation of {@linkplain #ACRONYMS pinned acronyms}; of
 * the possible splits the one taken is the first found when, at each position, longer acronyms are tried before
 * shorter ones (so {@code ISUF}, the SUFRAMA registration, stays one word instead of {@code IS}+{@code UF}, and
 * {@code IEST} stays one word instead of {@code IE}+{@code ST}). The words are then lower-cased and joined by
 * {@code _}. The lists are pinned, and {@code LayoutNamesTest} pins the names they give; there are no other
 * exceptions, so whoever knows the tag can predict the column.
 */
public final class LayoutNames {

    /**
     * The layout's all-capital acronyms, as its tags use them as words: taxes and their parts, registrations, codes
     * and the documents a tag names.
     */
    static final Set<String> ACRONYMS = Set.of(
            // taxes, tax regimes and their parts
            "ICMS", "ISSQN", "ISS", "IBS", "CBS", "IS", "IPI", "II", "PIS", "COFINS", "IOF", "IRRF", "CSLL", "CIDE",
            "FCP", "ST", "MVA", "BC", "RBC", "SN", "FG", "CST", "CSOSN", "DI",
            // places and registrations
            "UF", "ZFM", "ALC", "ISUF", "CNPJ", "CPF", "IE", "IEST", "IM",
            // product codes and programmes
            "NCM", "CEST", "CFOP", "EAN", "ANP", "GN", "RECOPI", "PAA",
            // documents
            "NF", "NFF", "NFP");

    /**
     * The layout's mixed-case words, read as one word: the document types and the referenced-document group. Tried
     * in this order.
     */
    static final List<String> WORDS = List.of("NFe", "CTe", "DFe", "NFref");

    private static final List<String> ACRONYMS_LONGEST_FIRST = ACRONYMS.stream()
            .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
            .toList();

    private LayoutNames() {
    }

    /**
     * The snake_case form of one layout tag.
     *
     * @param tag a tag or attribute name without {@code @}: a letter followed by letters and digits
     * @throws IllegalArgumentException if {@code tag} is not such a name
     */
    public static String snake(String tag) {
        Objects.requireNonNull(tag, "tag");
        if (!tag.matches("[A-Za-z][A-Za-z0-9]*")) {
            throw new IllegalArgumentException(
                    "Cannot name tag '" + tag + "': must be a letter followed by letters and digits");
        }
        List<String> words = new ArrayList<>();
        int i = tailEnd(tag, 0);
        if (i > 0) {
            words.add(tag.substring(0, i));
        }
        while (i < tag.length()) {
            int tailStart = i;
            while (tailStart < tag.length() && Character.isUpperCase(tag.charAt(tailStart))) {
                tailStart++;
            }
            int end = tailEnd(tag, tailStart);
            addRun(tag.substring(i, tailStart), tag.substring(tailStart, end), words);
            i = end;
        }
        StringJoiner out = new StringJoiner("_");
        for (String word : words) {
            out.add(word.toLowerCase(Locale.ROOT));
        }
        return out.toString();
    }

    /**
     * The column name of {@code tag} inside {@code group}: the snake_case of each group in the chain and of the tag,
     * joined by {@code _} ({@code column("ICMSTot", "vNF")}→{@code icms_tot_v_nf},
     * {@code column("IBSCBSTot/gIBS/gIBSUF", "vDif")}→{@code ibs_cbs_tot_g_ibs_g_ibs_uf_v_dif}).
     *
     * @param group a group tag, or a chain of group tags separated by {@code /}
     * @param tag the tag or attribute name (without {@code @})
     */
    public static String column(String group, String tag) {
        Objects.requireNonNull(group, "group");
        StringJoiner name = new StringJoiner("_");
        for (String part : group.split("/", -1)) {
            name.add(snake(part));
        }
        return name.add(snake(tag)).toString();
    }

    /** Adds the words of the capital run {@code run} and its tail (lower-case letters and digits, maybe empty). */
    private static void addRun(String run, String tail, List<String> words) {
        boolean letterTail = !tail.isEmpty() && Character.isLowerCase(tail.charAt(0));
        for (String word : WORDS) {
            int capitals = capitals(word);
            if (tail.equals(word.substring(capitals)) && run.endsWith(word.substring(0, capitals))) {
                List<String> before = acronyms(run.substring(0, run.length() - capitals));
                if (before != null) {
                    words.addAll(before);
                    words.add(word);
                    return;
                }
            }
        }
        if (letterTail) {
            List<String> head = acronyms(run.substring(0, run.length() - 1));
            if (head != null && !head.isEmpty()) {
                words.addAll(head);
                words.add(run.charAt(run.length() - 1) + tail);
                return;
            }
        }
        List<String> all = acronyms(run);
        if (all != null) {
            if (letterTail) {
                words.addAll(all);
                words.add(tail);
            } else {
                words.addAll(all.subList(0, all.size() - 1));
                words.add(all.get(all.size() - 1) + tail);
            }
            return;
        }
        if (letterTail && run.length() > 1) {
            words.add(run.substring(0, run.length() - 1));
            words.add(run.charAt(run.length() - 1) + tail);
        } else {
            words.add(run + tail);
        }
    }

    /**
     * The split of {@code capitals} into pinned acronyms, trying longer acronyms first at each position; an empty
     * list for an empty string, {@code null} when there is none.
     */
    private static List<String> acronyms(String capitals) {
        if (capitals.isEmpty()) {
            return new ArrayList<>();
        }
        for (String acronym : ACRONYMS_LONGEST_FIRST) {
            if (capitals.startsWith(acronym)) {
                List<String> rest = acronyms(capitals.substring(acronym.length()));
                if (rest != null) {
                    rest.add(0, acronym);
                    return rest;
                }
            }
        }
        return null;
    }

    /** The number of leading capitals of a pinned word. */
    private static int capitals(String word) {
        int n = 0;
        while (n < word.length() && Character.isUpperCase(word.charAt(n))) {
            n++;
        }
        return n;
    }

    /** The end of the run of lower-case letters and digits that starts at {@code from}. */
    private static int tailEnd(String tag, int from) {
        int end = from;
        while (end < tag.length() && !Character.isUpperCase(tag.charAt(end))) {
            end++;
        }
        return end;
    }
}
