package dev.nfe.core.silver;

import java.util.Objects;
import java.util.StringJoiner;

/**
 * The one function that turns NF-e layout tags into silver column names ({@code <group>_<tag>} in snake_case).
 *
 * <p>A tag is split where a lower-case letter or a digit meets a capital, and before the last capital of an all-caps
 * run that is followed by a lower-case letter; then every part is lower-cased ({@code vNF}→{@code v_nf},
 * {@code indIEDest}→{@code ind_ie_dest}, {@code ICMSTot}→{@code icms_tot}). There are no hand-made exceptions, so an
 * all-caps run stays one word ({@code vICMSUFDest}→{@code v_icmsuf_dest}) and the rule reads {@code NFe} as
 * {@code N}+{@code Fe} ({@code finNFe}→{@code fin_n_fe}): whoever knows the tag can predict the column.
 */
public final class LayoutNames {

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
        StringBuilder out = new StringBuilder(tag.length() + 4);
        for (int i = 0; i < tag.length(); i++) {
            char c = tag.charAt(i);
            if (i > 0 && Character.isUpperCase(c) && startsWord(tag, i)) {
                out.append('_');
            }
            out.append(Character.toLowerCase(c));
        }
        return out.toString();
    }

    /**
     * The column name of {@code tag} inside {@code group}: the snake_case of each group in the chain and of the tag,
     * joined by {@code _} ({@code column("ICMSTot", "vNF")}→{@code icms_tot_v_nf},
     * {@code column("IBSCBSTot/gIBS/gIBSUF", "vDif")}→{@code ibscbs_tot_g_ibs_g_ibsuf_v_dif}).
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

    /** Whether the capital at {@code i} starts a new word. */
    private static boolean startsWord(String tag, int i) {
        char previous = tag.charAt(i - 1);
        if (Character.isLowerCase(previous) || Character.isDigit(previous)) {
            return true;
        }
        return i + 1 < tag.length() && Character.isLowerCase(tag.charAt(i + 1));
    }
}
