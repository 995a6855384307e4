package dev.nfe.core.model;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ModelDependenciesTest {

    @Test
    void modelClasses_dependOnlyOnJavaAndTheModel() {
        JavaClasses model = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.nfe.core.model");

        classes().should().onlyDependOnClassesThat().resideInAnyPackage("java..", "dev.nfe.core.model..")
                .check(model);
    }
}
