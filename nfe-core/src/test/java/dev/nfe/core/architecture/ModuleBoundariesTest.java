package dev.nfe.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
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
    void core_neverDependsOnCloudJdbcOrHadoop() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("software.amazon..", "com.amazonaws..", "java.sql..", "javax.sql..",
                        "org.postgresql..", "org.apache.hadoop..", "dev.nfe.aws..", "dev.nfe.redshift..")
                .check(core);
    }

    @Test
    void core_neverUsesDomParsers() {
        noClasses().should().dependOnClassesThat()
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
