package org.doppel;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The pipeline is layered: each stage imports only the stages before it,
 * ingest → document → fingerprint → index → match → relate → provenance → report. The root package
 * org.doppel is the facade and may use every stage; no stage uses it, and no library class uses the
 * modules built on it (eval, bench, cli, server, spark), which live in modules of their own.
 */
class ArchitectureTest {
  private static final List<String> PIPELINE = List.of("ingest", "document", "fingerprint", "index", "match", "relate", "provenance", "report");
  private static final String[] SHELLS = {"org.doppel.eval..", "org.doppel.bench..", "org.doppel.cli..", "org.doppel.server..", "org.doppel.spark.."};
  private static final JavaClasses LIBRARY = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.doppel");

  static Stream<String> stages() {
    return PIPELINE.stream();
  }

  @ParameterizedTest(name = "{0} imports only the stages before it")
  @MethodSource("stages")
  void aStageImportsOnlyTheStagesBeforeIt(String stage) {
    onlyEarlierStages(stage, PIPELINE).check(LIBRARY);
  }

  private static ArchRule onlyEarlierStages(String stage, List<String> order) {
    List<String> forbidden = new ArrayList<>();
    for (String later : order.subList(order.indexOf(stage) + 1, order.size())) {
      forbidden.add("org.doppel." + later + "..");
    }
    forbidden.add("org.doppel"); // the facade
    forbidden.addAll(List.of(SHELLS));
    return noClasses().that().resideInAPackage("org.doppel." + stage + "..")
        .should().dependOnClassesThat().resideInAnyPackage(forbidden.toArray(String[]::new))
        .because("the pipeline runs " + String.join(" → ", order) + " and a stage may only use the stages before it")
        .allowEmptyShould(true);
  }

  @Test
  void theStageRuleCatchesAStageThatUsesALaterOne() {
    List<String> reversed = new ArrayList<>(PIPELINE);
    Collections.reverse(reversed);
    assertThatThrownBy(() -> onlyEarlierStages("match", reversed).check(LIBRARY))
        .isInstanceOf(AssertionError.class).hasMessageContaining("org.doppel.document");
    assertThat(LIBRARY.contain(Corpus.class)).isTrue();
  }

  @Test
  void noLibraryClassDependsOnTheModulesBuiltOnIt() {
    noClasses().that().resideInAPackage("org.doppel..")
        .and().resideOutsideOfPackages(SHELLS)
        .should().dependOnClassesThat().resideInAnyPackage(SHELLS)
        .check(LIBRARY);
  }

  @Test
  void everyLibraryClassBelongsToAStageOrTheFacade() {
    List<String> packages = new ArrayList<>();
    packages.add("org.doppel");
    PIPELINE.forEach(stage -> packages.add("org.doppel." + stage + ".."));
    classes().should().resideInAnyPackage(packages.toArray(String[]::new))
        .because("a new package must be placed in the pipeline order of this test")
        .check(LIBRARY);
  }

  /**
   * docs/architecture.md's table of what each package owns names every package of the library, so that a new one is
   * placed in the picture when it is made (a third round of code health found the shells and a sub-package missing).
   */
  @Test
  void theArchitecturePageNamesEveryPackage() throws IOException {
    Path page = Path.of("..", "docs", "architecture.md");
    Assumptions.assumeTrue(Files.isRegularFile(page), "run from doppel-core in the repository");
    String text = Files.readString(page);
    List<String> packages = LIBRARY.stream().map(JavaClass::getPackageName)
        .filter(name -> name.startsWith("org.doppel.")).map(name -> name.substring("org.doppel.".length()))
        .distinct().sorted().collect(Collectors.toList());
    assertThat(packages).contains("ingest.meta", "match.sentence");
    assertThat(packages).allSatisfy(name -> assertThat(text).as("docs/architecture.md names `%s`", name).contains("| `" + name + "`"));
  }
}
