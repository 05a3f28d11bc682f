package org.careroute.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layers, as rules that fail the build: imports point down (interfaces, application, planning,
 * domain), infrastructure implements the ports and nobody imports it, and the web layer knows
 * nothing of how records are stored. Run here, where the web module's classes and the ejb module's
 * are both on the class path.
 */
@AnalyzeClasses(packages = "org.careroute", importOptions = ImportOption.DoNotIncludeTests.class)
class LayerRulesTest {

  private static final String DOMAIN = "org.careroute.domain..";
  private static final String PLANNING = "org.careroute.planning..";
  private static final String APPLICATION = "org.careroute.application..";
  private static final String INFRASTRUCTURE = "org.careroute.infrastructure..";
  private static final String INTERFACES = "org.careroute.interfaces..";

  @ArchTest
  static final ArchRule importsPointDown =
      layeredArchitecture()
          .consideringOnlyDependenciesInLayers()
          .layer("Interfaces")
          .definedBy(INTERFACES)
          .layer("Application")
          .definedBy(APPLICATION)
          .layer("Planning")
          .definedBy(PLANNING)
          .layer("Domain")
          .definedBy(DOMAIN)
          .layer("Infrastructure")
          .definedBy(INFRASTRUCTURE)
          .whereLayer("Interfaces")
          .mayNotBeAccessedByAnyLayer()
          .whereLayer("Infrastructure")
          .mayNotBeAccessedByAnyLayer()
          .whereLayer("Application")
          .mayOnlyBeAccessedByLayers("Interfaces", "Infrastructure")
          .whereLayer("Planning")
          .mayOnlyBeAccessedByLayers("Application", "Infrastructure")
          .whereLayer("Domain")
          .mayOnlyBeAccessedByLayers("Planning", "Application", "Infrastructure", "Interfaces");

  @ArchTest
  static final ArchRule noPackageCycles =
      slices().matching("org.careroute.(**)").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule useCaseImplementationsStayInside =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.careroute.application.internal..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.careroute.application.internal..")
          .because(
              "the interfaces and the infrastructure reach the use cases through their service interfaces");

  @ArchTest
  static final ArchRule webKnowsNothingOfStorage =
      noClasses()
          .that()
          .resideInAPackage(INTERFACES)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("jakarta.persistence..", "org.hibernate..", "java.sql..")
          .because("storage failures reach the web through the application's StorageFailures port");

  @ArchTest
  static final ArchRule planningModelImportsTheDomainOnly =
      classes()
          .that()
          .resideInAPackage(PLANNING)
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(PLANNING, DOMAIN, "java..", "org.optaplanner..");

  @ArchTest
  static final ArchRule domainKnowsNoSolver =
      noClasses()
          .that()
          .resideInAPackage(DOMAIN)
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.optaplanner..");

  @ArchTest
  static final ArchRule onlyInfrastructureRunsSolvers =
      noClasses()
          .that()
          .resideOutsideOfPackage(INFRASTRUCTURE)
          .should()
          .dependOnClassesThat()
          .haveFullyQualifiedName("org.optaplanner.core.api.solver.SolverManager")
          .orShould()
          .dependOnClassesThat()
          .haveFullyQualifiedName("org.optaplanner.core.api.solver.SolutionManager")
          .orShould()
          .dependOnClassesThat()
          .haveFullyQualifiedName("org.optaplanner.core.api.solver.Solver")
          .because("solving runs on the server's managed threads, behind the DayOptimizer port");
}
