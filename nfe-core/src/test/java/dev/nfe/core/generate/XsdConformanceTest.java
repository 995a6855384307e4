package dev.nfe.core.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nfe.core.testing.NfeCorpus;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Generated documents and events validate against the official XSD packages of the corpus
 * ({@link NfeCorpus#xsd()}), read in place. The XSDs require a {@code ds:Signature}; documents validated here carry
 * the generator's dummy signature, and a separate test shows that unsigned output fails on exactly that element.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class XsdConformanceTest {
    private static final String SIGNATURE_MISSING = "\"http://www.w3.org/2000/09/xmldsig#\":Signature}' is expected";

    private final NfeGenerator generator = ConformanceSet.generator();
    private final Map<String, Schema> schemas = new LinkedHashMap<>();
    private Path xsd;

    @BeforeAll
    void locateCorpus() {
        xsd = NfeCorpus.require().xsd();
    }

    @Test
    void generate_conformanceSet_validatesAgainstProcNFe() throws Exception {
        Validator validator = validator("PL_010e_NT2025.002_v1.01/procNFe_v4.00.xsd");
        Map<String, List<String>> failures = new LinkedHashMap<>();

        generator.stream(ConformanceSet.SIZE).forEach(document -> {
            List<String> errors = validate(validator, document.xml());
            if (!errors.isEmpty()) {
                failures.put(document.index() + " " + document.chave(), errors);
            }
        });

        assertThat(failures).isEmpty();
    }

    @Test
    void generate_fiftyDocumentsOfTwentyItems_validateAgainstProcNFe() throws Exception {
        Validator validator = validator("PL_010e_NT2025.002_v1.01/procNFe_v4.00.xsd");
        NfeGenerator large = generator.withItemsPerDocument(20, 50).withReformShare(100);

        List<String> errors = large.stream(50).flatMap(document -> validate(validator, document.xml()).stream())
                .toList();

        assertThat(errors).isEmpty();
    }

    @Test
    void generate_withoutSignature_failsOnlyForTheMissingSignature() throws Exception {
        Validator validator = validator("PL_010e_NT2025.002_v1.01/procNFe_v4.00.xsd");
        NfeGenerator unsigned = NfeGenerator.seeded(20_260_101L).withNfceShare(35).withReformShare(70);

        List<List<String>> errorsPerDocument = unsigned.stream(40).map(document -> validate(validator, document.xml()))
                .toList();

        assertThat(errorsPerDocument).allSatisfy(errors ->
                assertThat(errors).singleElement().asString().contains(SIGNATURE_MISSING));
    }

    static Stream<Arguments> eventPackages() {
        return Stream.of(
                Arguments.of(EventType.CANCELLATION, "nfe_evento_cancel/procEventoCancNFe_v1.00.xsd"),
                Arguments.of(EventType.CORRECTION_LETTER, "nfe_evento_cce/procCCeNFe_v1.00.xsd"),
                Arguments.of(EventType.OPERATION_CONFIRMATION, "nfe_evento_mde/procConfRecebtoNFe_v1.00.xsd"),
                Arguments.of(EventType.OPERATION_AWARENESS, "nfe_evento_mde/procConfRecebtoNFe_v1.00.xsd"),
                Arguments.of(EventType.OPERATION_UNKNOWN, "nfe_evento_mde/procConfRecebtoNFe_v1.00.xsd"),
                Arguments.of(EventType.OPERATION_NOT_PERFORMED, "nfe_evento_mde/procConfRecebtoNFe_v1.00.xsd"));
    }

    @ParameterizedTest
    @MethodSource("eventPackages")
    void generateEvent_signedEvents_validateAgainstTheirPackage(EventType type, String schema) throws Exception {
        Validator specific = validator(schema);
        Validator generic = validator("nfe_evento_generico/procEventoNFe_v1.00.xsd");
        NfeGenerator nfeOnly = generator.withNfceShare(0);
        List<String> errors = new ArrayList<>();

        nfeOnly.stream(30).forEach(document -> {
            for (int sequence = 1; sequence <= 2; sequence++) {
                byte[] event = nfeOnly.generateEvent(document, type, sequence).xml();
                errors.addAll(validate(specific, event));
                errors.addAll(validate(generic, event));
            }
        });

        assertThat(errors).isEmpty();
    }

    @Test
    void generateEvent_cancellationOfNfce_validatesAgainstCancellationPackage() throws Exception {
        Validator validator = validator("nfe_evento_cancel/procEventoCancNFe_v1.00.xsd");
        NfeGenerator nfceOnly = generator.withNfceShare(100);

        List<String> errors = nfceOnly.stream(20)
                .flatMap(document -> validate(validator,
                        nfceOnly.generateEvent(document, EventType.CANCELLATION).xml()).stream())
                .toList();

        assertThat(errors).isEmpty();
    }

    private Validator validator(String relativePath) throws SAXException {
        Schema schema = schemas.get(relativePath);
        if (schema == null) {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
            schema = factory.newSchema(xsd.resolve(relativePath).toFile());
            schemas.put(relativePath, schema);
        }
        Validator validator = schema.newValidator();
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return validator;
    }

    /** Every error and fatal error the validator reports, not just the first. */
    private static List<String> validate(Validator validator, byte[] xml) {
        List<String> errors = new ArrayList<>();
        validator.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException exception) {
                // Warnings do not make a document invalid.
            }

            @Override
            public void error(SAXParseException exception) {
                errors.add(exception.getMessage());
            }

            @Override
            public void fatalError(SAXParseException exception) {
                errors.add(exception.getMessage());
            }
        });
        try {
            validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
        } catch (SAXException | IOException e) {
            errors.add(e.getMessage());
        }
        return errors;
    }
}
