package vn.gov.cchc.portal.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.lang.annotation.Annotation;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.gov.cchc.portal");

    private static final List<Class<? extends Annotation>> ACCESS_ANNOTATIONS =
            List.of(AnonymousAllowed.class, PermitAll.class, RolesAllowed.class, DenyAll.class);

    @Test
    void views_never_use_repositories() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .orShould().dependOnClassesThat().resideInAPackage("..internal..")
                .check(CLASSES);
    }

    @Test
    void every_route_and_layout_has_exactly_one_access_annotation() {
        classes().that().areAnnotatedWith(Route.class).or().areAnnotatedWith(Layout.class)
                .should(haveExactlyOneAccessAnnotation())
                .check(CLASSES);
    }

    @Test
    void application_services_are_transactional_and_carry_a_class_level_access_rule() {
        classes().that().areAnnotatedWith(Service.class).and(notASpringSecurityCallback())
                .should().beAnnotatedWith(PreAuthorize.class)
                .andShould().beAnnotatedWith(Transactional.class)
                .check(CLASSES);
    }

    @Test
    void views_are_package_private() {
        classes().that().areAnnotatedWith(Route.class).or().areAnnotatedWith(Layout.class)
                .should().notBePublic()
                .check(CLASSES);
    }

    private static DescribedPredicate<JavaClass> notASpringSecurityCallback() {
        return DescribedPredicate.not(DescribedPredicate.describe("a UserDetailsService used by sign-in itself",
                javaClass -> javaClass.isAssignableTo(UserDetailsService.class)));
    }

    private static ArchCondition<JavaClass> haveExactlyOneAccessAnnotation() {
        return new ArchCondition<>("have exactly one of @AnonymousAllowed, @PermitAll, @RolesAllowed, @DenyAll") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                long count = ACCESS_ANNOTATIONS.stream().filter(javaClass::isAnnotatedWith).count();
                if (count != 1) {
                    events.add(SimpleConditionEvent.violated(javaClass,
                            javaClass.getName() + " has " + count + " access annotations"));
                }
            }
        };
    }
}
