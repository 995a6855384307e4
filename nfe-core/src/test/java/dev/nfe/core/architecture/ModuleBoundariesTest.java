package dev.nfe.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import javax.xml.parsers.DocumentBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Enforces the dependency rules of STYLE.md §2.1 on nfe-core's production classes. */
class ModuleBoundariesTest {

    private static JavaClasses core;

    @BeforeAll
    static void importCore() {
        core = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.nfe.core");
    }

    @Test
    void spiAndModel_dependOnlyOnJavaAndEachOther() {
        classes().that().resideInAnyPackage("dev.nfe.core.spi..", "dev.nfe.core.model..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "dev.nfe.core.spi..", "dev.nfe.core.model..")
                .check(core);
    }

    @Test
    void core_neverDependsOnCloudJdbcDriversOrHadoop() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("software.amazon..", "com.amazonaws..", "org.postgresql..", "org.sqlite..",
                        "org.apache.hadoop..", "dev.nfe.aws..", "dev.nfe.redshift..")
                .check(core);
    }

    /** The jdbc Iceberg catalog is the one user of JDBC in the core; the host brings the driver. */
    @Test
    void jdbc_staysInTheIcebergCatalogs() {
        noClasses().that().resideOutsideOfPackage("dev.nfe.core.iceberg")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..")
                .check(core);
    }

    @Test
    void core_neverParsesWithDom() {
        noClasses().should().callMethodWhere(JavaCall.Predicates.target(HasName.Predicates.name("parse"))
                        .and(JavaCall.Predicates.target(HasOwner.Predicates.With.owner(
                                JavaClass.Predicates.assignableTo(DocumentBuilder.class)))))
                .check(core);
    }

    /**
     * XML Signature ({@code javax.xml.crypto.dsig}) signs DOM trees only, so the classes that build and
     * sign the events sent to SEFAZ hold a DOM; nothing else in the core does, and none of them reads input.
     */
    @Test
    void dom_staysInTheOutgoingEventSigners() {
        noClasses().that().resideOutsideOfPackage("dev.nfe.core.extract")
                .or().haveSimpleNameNotStartingWith("Ciencia")
                .and().haveSimpleNameNotStartingWith("EventSigner")
                .and().haveSimpleNameNotStartingWith("EnvEventoRequest")
                .should().dependOnClassesThat()
                .resideInAnyPackage("org.w3c.dom..", "javax.xml.parsers..")
                .check(core);
    }

    @Test
    void generator_staysIndependentOfTheModelAndParsers() {
        noClasses().that().resideInAPackage("dev.nfe.core.generate..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("dev.nfe.core.model..", "dev.nfe.core.xml..", "dev.nfe.core.json..",
                        "dev.nfe.core.silver..", "dev.nfe.core.validate..")
                .check(core);
    }

    @Test
    void corePackages_areFreeOfCycles() {
        slices().matching("dev.nfe.core.(*)..").should().beFreeOfCycles().check(core);
    }
}
