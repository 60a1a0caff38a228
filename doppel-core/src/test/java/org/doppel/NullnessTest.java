package org.doppel;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;

/**
 * Every package of the library declares that nothing in it is null unless marked {@code @Nullable}, which
 * NullAway then enforces when the library compiles (docs/architecture.md, "Rules the code keeps").
 */
class NullnessTest {
  /** Packages not marked yet; the test fails when one of them is marked, so that this list only shrinks. */
  private static final Set<String> NOT_YET = Set.of("org.doppel.provenance");

  @Test
  void everyLibraryPackageIsNullMarked() throws ClassNotFoundException {
    SortedSet<String> packages = new TreeSet<>();
    for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.doppel")) {
      packages.add(type.getPackageName());
    }
    assertThat(packages).hasSizeGreaterThan(10).containsAll(NOT_YET);
    SortedSet<String> unmarked = new TreeSet<>();
    for (String name : packages) {
      if (!isNullMarked(name)) {
        unmarked.add(name);
      }
    }
    assertThat(unmarked).containsExactlyInAnyOrderElementsOf(NOT_YET);
  }

  private static boolean isNullMarked(String packageName) {
    try {
      return Class.forName(packageName + ".package-info").isAnnotationPresent(NullMarked.class);
    } catch (ClassNotFoundException e) {
      return false; // a package without package-info.java declares nothing
    }
  }
}
