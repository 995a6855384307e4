package dev.nfe.core.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nfe.core.model.ICMS;
import dev.nfe.core.spi.Finding;
import java.math.BigDecimal;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ICMSReaderTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ICMS00|<orig>0</orig><CST>00</CST><modBC>3</modBC><vBC>100.00</vBC><pICMS>18.00</pICMS><vICMS>18.00</vICMS>|vICMS|18.00",
        "ICMS02|<orig>0</orig><CST>02</CST><qBCMono>10.0000</qBCMono><adRemICMS>1.2200</adRemICMS><vICMSMono>12.20</vICMSMono>|vICMSMono|12.20",
        "ICMS10|<orig>0</orig><CST>10</CST><modBC>3</modBC><vBC>10.00</vBC><pICMS>12.00</pICMS><vICMS>1.20</vICMS><modBCST>4</modBCST><vBCST>13.50</vBCST><pICMSST>18.00</pICMSST><vICMSST>1.23</vICMSST>|vICMSST|1.23",
        "ICMS20|<orig>0</orig><CST>20</CST><modBC>3</modBC><pRedBC>33.33</pRedBC><vBC>66.67</vBC><pICMS>18.00</pICMS><vICMS>12.00</vICMS>|pRedBC|33.33",
        "ICMS40|<orig>0</orig><CST>40</CST><vICMSDeson>5.00</vICMSDeson><motDesICMS>9</motDesICMS>|vICMSDeson|5.00",
        "ICMS51|<orig>0</orig><CST>51</CST><vICMSOp>18.00</vICMSOp><pDif>100.0000</pDif><vICMSDif>18.00</vICMSDif>|vICMSDif|18.00",
        "ICMS60|<orig>0</orig><CST>60</CST><vBCSTRet>50.00</vBCSTRet><pST>18.0000</pST><vICMSSTRet>9.00</vICMSSTRet>|vICMSSTRet|9.00",
        "ICMS61|<orig>0</orig><CST>61</CST><adRemICMSRet>1.0000</adRemICMSRet><vICMSMonoRet>3.00</vICMSMonoRet>|vICMSMonoRet|3.00",
        "ICMSPart|<orig>0</orig><CST>90</CST><modBC>3</modBC><vBC>1.00</vBC><pICMS>1.00</pICMS><vICMS>0.01</vICMS><modBCST>4</modBCST><vBCST>1.00</vBCST><pICMSST>1.00</pICMSST><vICMSST>0.01</vICMSST><pBCOp>50.00</pBCOp><UFST>RJ</UFST>|pBCOp|50.00",
        "ICMSST|<orig>0</orig><CST>41</CST><vBCSTRet>10.00</vBCSTRet><vICMSSTRet>1.80</vICMSSTRet><vBCSTDest>10.00</vBCSTDest><vICMSSTDest>1.20</vICMSSTDest>|vICMSSTDest|1.20",
        "ICMSSN101|<orig>0</orig><CSOSN>101</CSOSN><pCredSN>2.5600</pCredSN><vCredICMSSN>2.56</vCredICMSSN>|vCredICMSSN|2.56",
        "ICMSSN500|<orig>0</orig><CSOSN>500</CSOSN><vBCSTRet>0.00</vBCSTRet><pST>0.0000</pST><vICMSSTRet>0.00</vICMSSTRet>|pST|0.0000",
        "ICMSSN900|<orig>0</orig><CSOSN>900</CSOSN><modBC>3</modBC><vBC>10.00</vBC><pICMS>7.00</pICMS><vICMS>0.70</vICMS>|vICMS|0.70"
    })
    void read_eachGroup_namesTheGroupAndReadsItsFields(String group, String fields, String field, String expected)
            throws XMLStreamException {
        ICMS icms = ICMSReader.read(XmlSnippet.at("<ICMS><" + group + ">" + fields + "</" + group + "></ICMS>"));

        assertThat(icms.group()).isEqualTo(group);
        assertThat(icms.orig()).contains("0");
        assertThat(value(icms, field)).contains(new BigDecimal(expected));
    }

    @Test
    void read_simplesNacional102_hasCsosnAndNoCst() throws XMLStreamException {
        ICMS icms = ICMSReader.read(XmlSnippet.at("<ICMS><ICMSSN102><orig>0</orig><CSOSN>102</CSOSN></ICMSSN102></ICMS>"));

        assertThat(icms.csosn()).contains("102");
        assertThat(icms.cst()).isEmpty();
        assertThat(icms.vBC()).isEmpty();
    }

    @Test
    void read_withoutGroup_rejectsTheDocument() throws XMLStreamException {
        XmlCursor c = XmlSnippet.at("<ICMS></ICMS>");

        assertThatThrownBy(() -> ICMSReader.read(c))
                .isInstanceOf(RejectedDocumentException.class)
                .hasMessageContaining("ICMS00");
    }

    @Test
    void read_unknownFieldInGroup_isSkippedWithWarning() throws XMLStreamException {
        XmlCursor c = XmlSnippet.at("<ICMS><ICMS00><orig>0</orig><CST>00</CST><novo>1</novo></ICMS00></ICMS>");

        ICMS icms = ICMSReader.read(c);

        assertThat(icms.cst()).contains("00");
        assertThat(c.findings()).singleElement().satisfies(f -> {
            assertThat(f).extracting(Finding::code, Finding::path).containsExactly("XML_UNKNOWN_ELEMENT", "/ICMS/ICMS00/novo");
            assertThat(f.isError()).isFalse();
        });
    }

    private static Optional<BigDecimal> value(ICMS icms, String field) {
        return switch (field) {
            case "vICMS" -> icms.vICMS();
            case "vICMSMono" -> icms.vICMSMono();
            case "vICMSST" -> icms.vICMSST();
            case "pRedBC" -> icms.pRedBC();
            case "vICMSDeson" -> icms.vICMSDeson();
            case "vICMSDif" -> icms.vICMSDif();
            case "vICMSSTRet" -> icms.vICMSSTRet();
            case "vICMSMonoRet" -> icms.vICMSMonoRet();
            case "pBCOp" -> icms.pBCOp();
            case "vICMSSTDest" -> icms.vICMSSTDest();
            case "vCredICMSSN" -> icms.vCredICMSSN();
            case "pST" -> icms.pST();
            default -> throw new IllegalArgumentException(field);
        };
    }
}
