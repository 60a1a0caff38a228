package org.doppel.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelFileCacheTest {
  @Test
  void aFileIsWrittenWholeUnderItsNameOrNotAtAll(@TempDir Path folder) throws IOException {
    Path target = folder.resolve("sub").resolve("graph.ort");
    ModelFileCache.writeAtomically(target, file -> Files.writeString(file, "whole"));
    assertThat(target).hasContent("whole");
    assertThatThrownBy(() -> ModelFileCache.writeAtomically(folder.resolve("sub").resolve("other.ort"), file -> {
      Files.writeString(file, "half");
      throw new IOException("disk full");
    })).hasMessage("disk full");
    try (var files = Files.list(folder.resolve("sub"))) {
      // neither the failed file nor a temporary one is left
      assertThat(files).containsExactly(target);
    }
    ModelFileCache.writeAtomically(target, file -> Files.writeString(file, "again"));
    assertThat(target).hasContent("again");
  }

  @Test
  void aNewVersionReplacesTheOlderOnesOfItsModelAndKindOnly(@TempDir Path folder) throws IOException {
    Path older = Files.writeString(folder.resolve("all_minilm_l6_v2-1abc-ort-9f.ort"), "old graph");
    Path olderVocabulary = Files.writeString(folder.resolve("all_minilm_l6_v2-1abc.vocab"), "old words");
    Path otherModel = Files.writeString(folder.resolve("bge_small_en_v15-2def-ort-9f.ort"), "bge");
    Path freshPart = Files.writeString(folder.resolve("all_minilm_l6_v2-3aaa-ort-9f.ort.123.part"), "being written");
    Path stalePart = Files.writeString(folder.resolve("all_minilm_l6_v2-3aaa-ort-9f.ort.456.part"), "killed run");
    Files.setLastModifiedTime(stalePart, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 2 * 86_400_000L));
    Path kept = folder.resolve("all_minilm_l6_v2-3aaa-ort-9f.ort");
    ModelFileCache.writeAtomically(kept, file -> Files.writeString(file, "new graph"));
    ModelFileCache.removeOlderVersions(kept);
    try (var files = Files.list(folder)) {
      assertThat(files).containsExactlyInAnyOrder(kept, olderVocabulary, otherModel, freshPart);
    }
    assertThat(older).doesNotExist();
  }

  @Test
  void theSavedGraphIsNamedAfterTheGraphAndTheRuntimeThatSavedIt(@TempDir Path folder) {
    ModelFileCache cache = ModelFileCache.in(folder);
    Path miniLm = cache.savedGraph(TransformerModel.ALL_MINILM_L6_V2).orElseThrow();
    Path bge = cache.savedGraph(TransformerModel.BGE_SMALL_EN_V15).orElseThrow();
    assertThat(miniLm.getParent()).isEqualTo(folder);
    assertThat(miniLm.getFileName().toString()).startsWith("all_minilm_l6_v2-").contains("-ort-").endsWith(".ort");
    assertThat(bge).isNotEqualTo(miniLm);
    // the same jars name the same file
    assertThat(ModelFileCache.in(folder).savedGraph(TransformerModel.ALL_MINILM_L6_V2)).contains(miniLm);
  }

  @Test
  void onnxRuntimesLibrariesAreLoadedFromTheCacheAfterTheModel() throws IOException {
    TransformerSentenceEncoder.miniLm();
    String nativePath = System.getProperty(ModelFileCache.NATIVE_PATH_PROPERTY);
    // set by the cache that surefire points at the module's target folder, unless ONNX Runtime was told already
    assertThat(nativePath).isNotNull();
    Path libraries = Path.of(nativePath);
    assertThat(libraries.getParent()).isEqualTo(ModelFileCache.standard().orElseThrow().folder().toAbsolutePath());
    assertThat(libraries.resolve(System.mapLibraryName("onnxruntime"))).isRegularFile();
    assertThat(libraries.resolve(System.mapLibraryName("onnxruntime4j_jni"))).isRegularFile();
  }
}
