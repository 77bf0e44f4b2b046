package dev.attest;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import jakarta.transaction.Transactional;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The shape the README promises, checked on the compiled classes: capabilities that do not import each other in
 * circles, one place that knows Drools, and resources that leave transactions to services.
 */
class ArchitectureTest {

    private static final String RULE_FACTS = "dev.attest.rules.fact..";

    private static final JavaClasses ATTEST = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.attest");

    @Test
    void shouldHaveNoCircularImportsBetweenCapabilities() {
        slices().matching("dev.attest.(*)..")
                .should().beFreeOfCycles()
                // The rule facts are the vocabulary answers are given in and the DRL is written against. They live
                // under rules/ because archived rulebases import them by that name (moving them would stop old
                // versions from compiling), so they count as a leaf of their own, which the next test keeps true.
                .ignoreDependency(DescribedPredicate.alwaysTrue(), resideInAPackage(RULE_FACTS))
                .check(ATTEST);
    }

    @Test
    void shouldKeepTheRuleFactsALeafThatImportsNoOtherCapability() {
        noClasses().that().resideInAPackage(RULE_FACTS)
                .should().dependOnClassesThat(resideInAPackage("dev.attest..").and(resideOutsideOfPackage(RULE_FACTS)))
                .check(ATTEST);
    }

    @Test
    void shouldLetOnlyTheRulesEngineTouchDrools() {
        noClasses().that().resideOutsideOfPackage("dev.attest.rules.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("org.kie..", "org.drools..")
                .check(ATTEST);
    }

    @Test
    void shouldKeepTransactionsOutOfResources() {
        noClasses().that().resideInAPackage("..rest..").should().beAnnotatedWith(Transactional.class).check(ATTEST);
        noMethods().that().areDeclaredInClassesThat().resideInAPackage("..rest..")
                .should().beAnnotatedWith(Transactional.class).check(ATTEST);
    }
}
