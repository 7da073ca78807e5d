package org.hygiene.content;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.GeneralCodingRules;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

    /**
     * Fewer classes than this means the import went wrong (a changed class path, a renamed root
     * package), and every rule below would pass on nothing.
     */
    private static final int MINIMUM_CLASSES = 400;

    @Test
    void theImportSawTheWholeApplication() {
        assertThat(CLASSES.size()).isGreaterThan(MINIMUM_CLASSES);
        for (String module : new String[] {"core", "lessons", "quiz"}) {
            assertThat(CLASSES.that(resideInAPackage("org.hygiene." + module + "..")))
                    .as("classes of module %s", module)
                    .hasSizeGreaterThan(20);
        }
    }

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

    /**
     * No cycles between the packages of one module. Checked per module, as JUnit's ArchUnitTests
     * does: on the whole application at once, ArchUnit reported only some of the cycles.
     */
    @ParameterizedTest
    @ValueSource(strings = {"core", "lessons", "quiz", "content"})
    void packagesOfAModuleAreFreeOfCycles(String module) {
        slices().assignedFrom(packagesOf("org.hygiene." + module))
                .should()
                .beFreeOfCycles()
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    /**
     * Each package under {@code root} (and {@code root} itself) is one slice; others are ignored.
     */
    static SliceAssignment packagesOf(String root) {
        return new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                String p = javaClass.getPackageName();
                return p.equals(root) || p.startsWith(root + ".")
                        ? SliceIdentifier.of(p)
                        : SliceIdentifier.ignore();
            }

            @Override
            public String getDescription() {
                return "packages of " + root;
            }
        };
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
                .resideInAnyPackage(LEARNER_INPUT_PACKAGES)
                .should()
                .dependOnClassesThat()
                .resideInAPackage("java.util.regex..")
                .because("learner regexes run on RE2/J, which runs in linear time")
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void jsonIsWrittenAndReadInOnePlace() {
        noClasses()
                .that()
                .haveNameNotMatching("org\\.hygiene\\.core\\.text\\.JsonText(\\$.*)?")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.fasterxml.jackson..")
                .because(
                        "core.text.JsonText is the one JSON path: the same escaping of terminal"
                                + " controls and the same layout in every file we write")
                .check(CLASSES);
    }

    /**
     * {@code Files.write} and {@code Files.writeString} truncate the file first, so a crash or a
     * full disk leaves it torn; a file is replaced through {@code core.files.AtomicFiles} instead.
     * Appending to a log is the one other way to write.
     */
    @Test
    void filesAreReplacedWholeThroughAtomicFiles() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.hygiene.core.files..")
                .should()
                .callMethodWhere(FILES_WRITE_METHOD)
                .because("a file is replaced atomically (core.files.AtomicFiles) or appended to")
                .check(CLASSES);
    }

    private static final DescribedPredicate<JavaMethodCall> FILES_WRITE_METHOD =
            new DescribedPredicate<>("Files.write or Files.writeString without APPEND") {
                @Override
                public boolean test(JavaMethodCall call) {
                    return call.getTargetOwner().isEquivalentTo(java.nio.file.Files.class)
                            && Set.of("write", "writeString").contains(call.getName())
                            && !call.getOrigin()
                                    .getFullName()
                                    .startsWith("org.hygiene.core.classroom.AuthLog.record(");
                }
            };

    private static final String[] LEARNER_INPUT_PACKAGES = {
        "org.hygiene.lessons.hunt..", "org.hygiene.lessons.exercise..", "org.hygiene.quiz.."
    };

    /** {@code String.matches/replaceAll/replaceFirst/split} compile a java.util.regex pattern. */
    @Test
    void learnerInputNeverMeetsStringRegexMethods() {
        noClasses()
                .that()
                .resideInAnyPackage(LEARNER_INPUT_PACKAGES)
                .should()
                .callMethodWhere(STRING_REGEX_METHOD)
                .because(
                        "String.matches, replaceAll, replaceFirst and split run java.util.regex;"
                                + " use RE2/J or core.text.LiteralSplitter")
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    private static final DescribedPredicate<JavaMethodCall> STRING_REGEX_METHOD =
            new DescribedPredicate<>("a regex method of String") {
                @Override
                public boolean test(JavaMethodCall call) {
                    return call.getTargetOwner().isEquivalentTo(String.class)
                            && Set.of("matches", "replaceAll", "replaceFirst", "split")
                                    .contains(call.getName());
                }
            };
}
