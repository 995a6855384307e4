package dev.nfe.core.json;

import dev.nfe.core.spi.Finding;
import java.util.Objects;
import java.util.OptionalInt;

/** A slice of a received JSON page: one document to convert, or a broken stretch to quarantine as it is. */
sealed interface PagePart permits PagePart.Element, PagePart.Broken {

    /** The element's index in the page; empty when the page is a single document. */
    OptionalInt index();

    /** Where the slice starts in the page's bytes. */
    int offset();

    /** The slice's length in bytes. */
    int length();

    /**
     * One JSON value to convert on its own.
     *
     * @param start its line and column in the page
     */
    record Element(OptionalInt index, int offset, int length, TextPosition start) implements PagePart {
        public Element {
            Objects.requireNonNull(index, "index");
            Objects.requireNonNull(start, "start");
        }
    }

    /**
     * A stretch the page parser could not split, from where it failed to the end of the page.
     *
     * @param finding why
     */
    record Broken(OptionalInt index, int offset, int length, Finding finding) implements PagePart {
        public Broken {
            Objects.requireNonNull(index, "index");
            Objects.requireNonNull(finding, "finding");
        }
    }
}
