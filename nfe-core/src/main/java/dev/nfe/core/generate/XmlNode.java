package dev.nfe.core.generate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A small XML element tree for the parts of an item whose shape depends on its tax situation (ICMS, IPI, PIS,
 * COFINS, ICMSUFDest, IS, IBSCBS): they are computed before {@code imposto/vTotTrib} can be written, so they are
 * built first and written afterwards. Either {@code text} or {@code children} is used.
 */
record XmlNode(String name, String text, List<XmlNode> children) {
    XmlNode {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        children = List.copyOf(children);
    }

    static Builder group(String name) {
        return new Builder(name);
    }

    /** Collects the children of a group in XSD sequence order. */
    static final class Builder {
        private final String name;
        private final List<XmlNode> children = new ArrayList<>();

        private Builder(String name) {
            this.name = name;
        }

        Builder text(String child, String value) {
            children.add(new XmlNode(child, value, List.of()));
            return this;
        }

        Builder money(String child, BigDecimal value) {
            return decimal(child, value, 2);
        }

        Builder scale4(String child, BigDecimal value) {
            return decimal(child, value, 4);
        }

        Builder add(XmlNode child) {
            children.add(child);
            return this;
        }

        XmlNode build() {
            if (children.isEmpty()) {
                throw new IllegalStateException("Cannot build group " + name + ": it has no children");
            }
            return new XmlNode(name, "", children);
        }

        private Builder decimal(String child, BigDecimal value, int scale) {
            if (value.signum() < 0) {
                throw new IllegalStateException("Cannot write " + child + "=" + value
                        + ": the layout has no negatives");
            }
            return text(child, value.setScale(scale, RoundingMode.UNNECESSARY).toPlainString());
        }
    }
}
