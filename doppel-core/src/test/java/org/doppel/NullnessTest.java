package org.doppel;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.SortedSet;
import java.util.TreeSet;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;

/**
 * Every package of the library declares that nothing in it is null unless marked {@code @Nullable}, which
 * NullAway then enforces when the library compiles (docs/architecture.md, "Rules the code keeps").
 */
class NullnessTest {
  @Test
  void everyLibraryPackageIsNullMarked() throws ClassNotFoundException {
    SortedSet<String> packages = new TreeSet<>();
    for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.doppel")) {
      packages.add(type.getPackageName());
    }
    assertThat(packages).hasSizeGreaterThan(10).contains("org.doppel", "org.doppel.provenance");
    SortedSet<String> unmarked = new TreeSet<>();
    for (String name : packages) {
      if (!isNullMarked(name)) {
        unmarked.add(name);
      }
    }
    assertThat(unmarked).as("library packages without @NullMarked").isEmpty();
  }

  @Test
  void theCheckTellsAMarkedPackageFromOneThatIsNot() {
    assertThat(isNullMarked("org.doppel.document")).isTrue();
    assertThat(isNullMarked("org.assertj.core.api")).isFalse();
    assertThat(isNullMarked("org.doppel.no.such.pkg")).isFalse();
  }

  private static boolean isNullMarked(String packageName) {
    try {
      return Class.forName(packageName + ".package-info").isAnnotationPresent(NullMarked.class);
    } catch (ClassNotFoundException e) {
      return false; // a package without package-info.java declares nothing
    }
  }
}
