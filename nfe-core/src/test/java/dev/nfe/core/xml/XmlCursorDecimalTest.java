package dev.nfe.core.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.nfe.core.spi.Finding;
import java.math.BigDecimal;
import javax.xml.stream.XMLStreamException;
import org.junit.jupiter.api.Test;

/** Decimals read from one text event without a string, and from text in several events as before. */
class XmlCursorDecimalTest {

    @Test
    void decimal_inOneTextEvent_isParsedWithItsScaleAndWithoutSurroundingWhitespace() throws XMLStreamException {
        XmlCursor cursor = XmlSnippet.at("<vProd>\n  1234.50 \t</vProd>");

        assertThat(cursor.decimal()).isEqualByComparingTo("1234.50").hasScaleOf(2);
        assertThat(cursor.findings()).isEmpty();
    }

    @Test
    void decimal_inSeveralEvents_joinsThem() throws XMLStreamException {
        XmlCursor cursor = XmlSnippet.at("<vProd>1<![CDATA[2]]>3<!-- a comment -->.5</vProd>");

        assertThat(cursor.decimal()).isEqualTo(new BigDecimal("123.5"));
        assertThat(cursor.findings()).isEmpty();
    }

    @Test
    void decimal_notANumber_isZeroWithAFindingQuotingTheStrippedText() throws XMLStreamException {
        XmlCursor cursor = XmlSnippet.at("<vProd> 12,50 </vProd>");

        assertThat(cursor.decimal()).isEqualTo(BigDecimal.ZERO);
        assertThat(cursor.findings()).extracting(Finding::code, Finding::message)
                .containsExactly(tuple(NfeXmlDeserializer.NUMBER_INVALID,
                        "Value '12,50' is not a number"));
    }

    @Test
    void decimal_ofAnEmptyElement_isZeroWithAFinding() throws XMLStreamException {
        XmlCursor cursor = XmlSnippet.at("<vProd></vProd>");

        assertThat(cursor.decimal()).isEqualTo(BigDecimal.ZERO);
        assertThat(cursor.findings()).extracting(Finding::message).containsExactly("Value '' is not a number");
    }

    @Test
    void decimal_ofWhitespaceOnly_isZeroWithAFinding() throws XMLStreamException {
        XmlCursor cursor = XmlSnippet.at("<vProd>   </vProd>");

        assertThat(cursor.decimal()).isEqualTo(BigDecimal.ZERO);
        assertThat(cursor.findings()).extracting(Finding::message).containsExactly("Value '' is not a number");
    }
}
