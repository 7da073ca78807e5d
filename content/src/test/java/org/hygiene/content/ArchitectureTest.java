package org.hygiene.content;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.GeneralCodingRules;
import org.junit.jupiter.api.Test;

/**
 * The rules of the architecture, checked on the compiled classes. Plain {@code @Test}: the
 * archunit-junit5 engine runs no tests under JUnit 6.
 */
class ArchitectureTest {
    private static final JavaClasses CLASSES =
            new ClassFileImporter()
                    .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    // The core test-jar (shared test support) is on the class path as a jar.
                    .withImportOption(location -> !location.contains("-tests.jar"))
                    .importPackages("org.hygiene");

    @Test
    void coreDependsOnNoOtherModule() {
        noClasses()
                .that()
                .resideInAPackage("org.hygiene.core..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.hygiene.lessons..", "org.hygiene.quiz..", "org.hygiene.content..")
                .check(CLASSES);
    }

    @Test
    void lessonsAndQuizDoNotDependOnEachOther() {
        noClasses()
                .that()
                .resideInAPackage("org.hygiene.lessons..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.hygiene.quiz..", "org.hygiene.content..")
                .check(CLASSES);
        noClasses()
                .that()
                .resideInAPackage("org.hygiene.quiz..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.hygiene.lessons..", "org.hygiene.content..")
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void modulesAreFreeOfCycles() {
        slices().matching("org.hygiene.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void onlyTheLauncherTouchesTheStandardStreams() {
        noClasses()
                .that()
                .doNotHaveFullyQualifiedName("org.hygiene.core.cli.Main")
                .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
                .because(
                        "screens take an injected Terminal or writer, so sessions and tests can run"
                                + " headless")
                .check(CLASSES);
    }

    @Test
    void learnerInputNeverMeetsJavaUtilRegex() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "org.hygiene.lessons.hunt..",
                        "org.hygiene.lessons.exercise..",
                        "org.hygiene.quiz..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("java.util.regex..")
                .because("learner regexes run on RE2/J, which runs in linear time")
                .allowEmptyShould(true)
                .check(CLASSES);
    }
}
