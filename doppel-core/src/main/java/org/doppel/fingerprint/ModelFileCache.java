package org.doppel.fingerprint;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import org.jspecify.annotations.Nullable;

/**
 * A folder on disk for what ONNX Runtime would otherwise redo on every run that loads a model: unpack its native
 * libraries from the jar into a new temporary folder (about 0.1 s of CPU), inflate, parse and copy the model's 23 MB
 * graph (about 0.5 s), and read its tokenizer's vocabulary from JSON (0.3 s). Here the libraries are unpacked once,
 * each graph is saved once in ONNX Runtime's own format, already optimised, which later runs map instead of parsing,
 * and each vocabulary is saved as plain lines (docs/benchmarks.md, seventh pass).
 *
 * <p>The folder is the system property {@value #DIRECTORY_PROPERTY} (the {@code ./doppel} launcher puts it next to
 * its jar), else {@code $XDG_CACHE_HOME/doppel}, else {@code ~/.cache/doppel}. Every file is named after the size and
 * CRC of the jar entries it comes from, so a new jar never meets an old file, and is written under a temporary name
 * and renamed into place, so that processes sharing the folder never see half a file. Where the folder cannot be
 * made or written, or the resources are not in a jar, nothing is cached and ONNX Runtime loads as it always did.
 */
final class ModelFileCache {
  /** The system property naming the cache folder. */
  static final String DIRECTORY_PROPERTY = "doppel.cache.dir";
  /** ONNX Runtime loads its two native libraries from this folder when the property is set, instead of unpacking. */
  static final String NATIVE_PATH_PROPERTY = "onnxruntime.native.path";
  private static final String[] NATIVE_LIBRARIES = {"onnxruntime", "onnxruntime4j_jni"};

  private final Path folder;

  private ModelFileCache(Path folder) {
    this.folder = folder;
  }

  /** The cache in {@code folder}. */
  static ModelFileCache in(Path folder) {
    return new ModelFileCache(folder);
  }

  /** The cache in the folder the system property or the environment names, if there is a home to put it in. */
  static Optional<ModelFileCache> standard() {
    try {
      String given = System.getProperty(DIRECTORY_PROPERTY);
      if (given != null && !given.isBlank()) {
        return Optional.of(in(Path.of(given)));
      }
      String xdg = System.getenv("XDG_CACHE_HOME");
      if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
        return Optional.of(in(Path.of(xdg, "doppel")));
      }
      String home = System.getProperty("user.home");
      return home == null || home.isBlank() || home.equals("?") ? Optional.empty() : Optional.of(in(Path.of(home, ".cache", "doppel")));
    } catch (InvalidPathException | SecurityException e) {
      return Optional.empty();
    }
  }

  Path folder() {
    return folder;
  }

  /**
   * Points ONNX Runtime at this folder's copy of its native libraries, unpacking them there first if need be. Must
   * run before ONNX Runtime's first class is initialised (it reads the property once); does nothing when the property
   * is already set. Returns whether the property now points here; false leaves ONNX Runtime to unpack them itself.
   */
  boolean useForNativeLibraries() {
    if (System.getProperty(NATIVE_PATH_PROPERTY) != null) {
      return false;
    }
    @Nullable String platform = onnxRuntimePlatform();
    if (platform == null) {
      return false;
    }
    JarResource[] libraries = new JarResource[NATIVE_LIBRARIES.length];
    StringBuilder key = new StringBuilder("onnxruntime-").append(platform);
    for (int i = 0; i < libraries.length; i++) {
      Optional<JarResource> library = JarResource.find("/ai/onnxruntime/native/" + platform + "/" + System.mapLibraryName(NATIVE_LIBRARIES[i]));
      if (library.isEmpty()) {
        return false;
      }
      libraries[i] = library.get();
      key.append('-').append(library.get().key());
    }
    Path libraryFolder = folder.resolve(key.toString());
    try {
      for (JarResource library : libraries) {
        Path file = libraryFolder.resolve(library.fileName());
        if (!(Files.isRegularFile(file) && Files.size(file) == library.size())) {
          Files.createDirectories(libraryFolder);
          writeAtomically(file, target -> {
            try (InputStream in = library.open()) {
              Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            }
          });
        }
      }
    } catch (IOException | UncheckedIOException | SecurityException e) {
      return false; // not writable, or full: ONNX Runtime unpacks them to a temporary folder as before
    }
    System.setProperty(NATIVE_PATH_PROPERTY, libraryFolder.toAbsolutePath().toString());
    return true;
  }

  /**
   * Where {@code model}'s graph, saved optimised in ONNX Runtime's format by this ONNX Runtime, is kept here (the file
   * may not exist yet); empty when the graph or the native library is not in a jar, and so has no stable name.
   */
  Optional<Path> savedGraph(TransformerModel model) {
    @Nullable String platform = onnxRuntimePlatform();
    if (platform == null) {
      return Optional.empty();
    }
    Optional<JarResource> graph = JarResource.find(model.modelResource());
    Optional<JarResource> runtime = JarResource.find("/ai/onnxruntime/native/" + platform + "/" + System.mapLibraryName(NATIVE_LIBRARIES[0]));
    if (graph.isEmpty() || runtime.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(folder.resolve(model.name().toLowerCase(Locale.ROOT) + "-" + graph.get().key() + "-ort-" + runtime.get().key() + ".ort"));
  }

  /**
   * Where {@code model}'s vocabulary, as {@link WordPieceTokenizer#vocabularyLines} writes it, is kept here (the file
   * may not exist yet); empty when its {@code tokenizer.json} is not in a jar.
   */
  Optional<Path> savedVocabulary(TransformerModel model) {
    return JarResource.find(model.tokenizerResource())
        .map(json -> folder.resolve(model.name().toLowerCase(Locale.ROOT) + "-" + json.key() + ".vocab"));
  }

  /** Writes a file. */
  interface Writer {
    void writeTo(Path file) throws IOException;
  }

  /**
   * Has {@code writer} write a temporary file beside {@code target}, then renames it to {@code target}, so that
   * {@code target} is either absent or whole. A target another process put in place meanwhile is kept.
   */
  static void writeAtomically(Path target, Writer writer) throws IOException {
    Files.createDirectories(target.toAbsolutePath().getParent());
    Path temp = Files.createTempFile(target.toAbsolutePath().getParent(), target.getFileName() + ".", ".part");
    try {
      writer.writeTo(temp);
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (FileAlreadyExistsException e) {
        // a file system that will not rename over a file: the other process's copy is as good
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /**
   * Deletes the files {@code kept} replaces: those of the same model (the name up to its first '-') and kind (the
   * extension) made from other jars, and temporary files left a day or more ago by killed runs. Without it, every new
   * jar would leave its predecessor's 25 MB behind in a shared cache. A file another process still maps stays readable
   * to it where the system allows deleting it, and where it does not, the file stays until the next try.
   */
  static void removeOlderVersions(Path kept) {
    String name = kept.getFileName().toString();
    int dash = name.indexOf('-');
    int dot = name.lastIndexOf('.');
    @Nullable Path parent = kept.toAbsolutePath().getParent();
    if (dash <= 0 || dot <= dash || parent == null) {
      return;
    }
    String family = name.substring(0, dash + 1);
    String kind = name.substring(dot);
    long dayAgo = System.currentTimeMillis() - TimeUnit.DAYS.toMillis(1);
    try (var files = Files.list(parent)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        String other = file.getFileName().toString();
        boolean olderVersion = other.startsWith(family) && other.endsWith(kind) && !other.equals(name);
        boolean leftover = other.startsWith(family) && other.endsWith(".part") && Files.getLastModifiedTime(file).toMillis() < dayAgo;
        if (olderVersion || leftover) {
          Files.deleteIfExists(file);
        }
      }
    } catch (IOException | UncheckedIOException | SecurityException e) {
      // a file in use, or a folder not listable: tried again when the next version is saved
    }
  }

  /** Deletes {@code file} if it can; a file in use or a folder not writable leaves it where it is. */
  static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException | SecurityException e) {
      // left for the next try
    }
  }

  /** ONNX Runtime's name for this machine's folder of native libraries in its jar, or null where it ships none. */
  static @Nullable String onnxRuntimePlatform() {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
    String osName = os.contains("mac") || os.contains("darwin") ? "osx" : os.contains("win") ? "win" : os.contains("nux") ? "linux" : null;
    String archName = arch.startsWith("amd64") || arch.startsWith("x86_64") ? "x64" : arch.startsWith("aarch64") ? "aarch64" : null;
    return osName == null || archName == null ? null : osName + "-" + archName;
  }

  /** A class-path resource inside a jar, with the size and CRC its jar entry records. */
  private record JarResource(URL url, String fileName, long size, long crc) {
    static Optional<JarResource> find(String name) {
      @Nullable URL url = ModelFileCache.class.getResource(name);
      if (url == null) {
        return Optional.empty();
      }
      try {
        URLConnection connection = url.openConnection();
        if (!(connection instanceof JarURLConnection jar)) {
          return Optional.empty();
        }
        JarEntry entry = jar.getJarEntry();
        if (entry == null || entry.getSize() < 0 || entry.getCrc() < 0) {
          return Optional.empty();
        }
        return Optional.of(new JarResource(url, name.substring(name.lastIndexOf('/') + 1), entry.getSize(), entry.getCrc()));
      } catch (IOException e) {
        return Optional.empty();
      }
    }

    /** Names the content: its size and CRC-32. */
    String key() {
      return Long.toString(size, 36) + Long.toHexString(crc);
    }

    InputStream open() throws IOException {
      return url.openStream();
    }
  }
}
