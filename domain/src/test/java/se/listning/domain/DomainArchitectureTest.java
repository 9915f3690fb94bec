package se.listning.domain;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The domain is plain Java: it depends on the JDK and on itself only. */
class DomainArchitectureTest {

    private final JavaClasses domain = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("se.listning.domain");

    @Test
    void dependsOnlyOnTheJdkAndItself() {
        classes().should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "se.listning.domain..")
                .check(domain);
    }

    @Test
    void usesNoFrameworkSqlSoapOrXml() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..", "jakarta..", "javax.xml..",
                        "org.apache.cxf..")
                .check(domain);
    }

    @Test
    void rulesDoNotDependOnUseCases() {
        noClasses().that().resideInAPackage("se.listning.domain.rules..")
                .should().dependOnClassesThat().resideInAPackage("se.listning.domain.usecase..")
                .check(domain);
    }
}
