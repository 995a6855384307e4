package dev.nfe.core.silver;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The parts of {@code nfeProc} that no silver column keeps, each with its reason; SCHEMA.md lists them, and the
 * parser warns when it skips one of them in a document (and keeps the skipped element as raw XML in
 * {@code nfe_unmapped}, signatures aside). An entry names a leaf or a whole group (every leaf under it).
 */
final class NotMapped {

    private static final Map<String, String> REASONS = Map.ofEntries(
            Map.entry("/nfeProc/NFe/Signature", "the XML signature of the issuer: proves integrity of the original"
                    + " file, kept in bronze, no fiscal content"),
            Map.entry("/nfeProc/protNFe/Signature", "the XML signature of SEFAZ over the protocol, kept in bronze"),
            Map.entry("/nfeProc/@versao", "the envelope's layout version; `infNFe/@versao` and `protNFe/@versao`"
                    + " are mapped"));

    private NotMapped() {
    }

    /** Every entry, a leaf or a group XPath, with its reason, sorted by path. */
    static Map<String, String> all() {
        return new TreeMap<>(REASONS);
    }

    /** The listed leaf and group XPaths. */
    static Set<String> paths() {
        return REASONS.keySet();
    }

    /** Why {@code leaf} is not mapped, when it or one of its groups is listed. */
    static Optional<String> reason(String leaf) {
        for (Map.Entry<String, String> entry : REASONS.entrySet()) {
            if (leaf.equals(entry.getKey()) || leaf.startsWith(entry.getKey() + "/")) {
                return Optional.of(entry.getValue());
            }
        }
        return Optional.empty();
    }
}
