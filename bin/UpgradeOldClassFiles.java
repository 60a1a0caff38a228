import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassFileVersion;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.classfile.ClassTransform;
import java.net.URI;
import java.net.URLClassLoader;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Rewrites, in place in a jar, every class file older than Java 6 (version 50) as a Java 8 class file
 * (version 52) with the stack maps the verifier of version 50 and later reads. The bytecode itself is
 * not changed.
 *
 * <p>Why: the JVM's ahead-of-time cache (JDK 25, {@code -XX:AOTCacheOutput}) skips every class of an
 * older version ("Old class has been linked"), and picocli 4.7 is built for Java 5. Its 176 classes
 * were loaded from the jar, verified by the old inferencing verifier and linked on every run, while every
 * other class of a scan came ready from the cache: about 0.12 s of CPU of each scan's start
 * (docs/benchmarks.md, "Eighth pass"). The launcher {@code ./doppel} runs this, once per build, before it
 * makes the cache:
 *
 * <pre>java bin/UpgradeOldClassFiles.java doppel-cli/target/doppel.jar</pre>
 *
 * A class whose stack maps cannot be computed (a type it names is not in the jar or the JDK) is left as
 * it was, and named on stderr.
 */
public final class UpgradeOldClassFiles {
  private static final int FIRST_VERSION_WITH_STACK_MAPS = 50;
  private static final ClassFileVersion JAVA_8 = ClassFileVersion.of(52, 0);

  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      System.err.println("usage: java bin/UpgradeOldClassFiles.java JAR");
      System.exit(2);
    }
    Path jar = Path.of(args[0]).toAbsolutePath();
    // Stack maps name the common super class of two types, so the jar's own classes must be resolvable.
    try (var loader = new URLClassLoader(new java.net.URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
        FileSystem zip = FileSystems.newFileSystem(URI.create("jar:" + jar.toUri()), Map.of())) {
      ClassFile classFiles = ClassFile.of(ClassFile.StackMapsOption.GENERATE_STACK_MAPS,
          ClassFile.ClassHierarchyResolverOption.of(ClassHierarchyResolver.defaultResolver().orElse(ClassHierarchyResolver.ofResourceParsing(loader))));
      List<Path> classes;
      try (Stream<Path> all = Files.walk(zip.getPath("/"))) {
        classes = all.filter(path -> path.toString().endsWith(".class") && !path.getFileName().toString().equals("module-info.class")).toList();
      }
      int upgraded = 0;
      for (Path path : classes) {
        byte[] bytes = Files.readAllBytes(path);
        if (bytes.length < 8 || majorVersion(bytes) >= FIRST_VERSION_WITH_STACK_MAPS) {
          continue;
        }
        try {
          Files.write(path, upgrade(classFiles, bytes));
          upgraded++;
        } catch (IllegalArgumentException | IllegalStateException unresolvable) {
          System.err.println("UpgradeOldClassFiles: left " + path + " as it was: " + unresolvable.getMessage());
        }
      }
      System.err.println("UpgradeOldClassFiles: " + upgraded + " class files upgraded in " + jar);
    }
  }

  private static int majorVersion(byte[] classFile) {
    return ((classFile[6] & 0xff) << 8) | (classFile[7] & 0xff);
  }

  private static byte[] upgrade(ClassFile classFiles, byte[] bytes) {
    ClassTransform newVersion = (builder, element) -> builder.with(element instanceof ClassFileVersion ? JAVA_8 : element);
    // Passing each method body through a code transform makes the builder write it anew, with stack maps.
    return classFiles.transformClass(classFiles.parse(bytes),
        newVersion.andThen(ClassTransform.transformingMethodBodies((code, element) -> code.with(element))));
  }
}
