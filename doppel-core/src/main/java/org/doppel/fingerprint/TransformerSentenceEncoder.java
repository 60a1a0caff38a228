package org.doppel.fingerprint;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtLoggingLevel;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.OrtSession.SessionOptions.OptLevel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.ref.Reference;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * Sentence and token vectors from a {@link TransformerModel} (all-MiniLM-L6-v2 or bge-small-en-v1.5,
 * 384 dimensions), in the 8-bit quantized ONNX form that its Maven artifact
 * carries. Runs offline on ONNX Runtime: WordPiece ids in, token vectors out, pooled as the model
 * was trained (mean of the real tokens, or the [CLS] token) and scaled to unit length, as
 * sentence-transformers does.
 *
 * <p>Each sentence goes through the model on its own, and the sentences of a call are spread over
 * {@code threads} worker threads. Batching would be about 25% faster on short sentences, but the
 * quantized model scales its activations by the range of the whole batch, so a sentence's vector
 * would then depend on the sentences it was batched with (cosine 0.98–0.99 with its lone vector):
 * one at a time, a sentence always gets the same vector, which caching and reproducible scores
 * need. One instance may be shared by any number of threads ({@code OrtSession.run} is
 * thread-safe). Loading takes about a second the first time and about 0.3 s of CPU after that, from the files
 * {@link ModelFileCache} keeps, so {@link #shared} loads one instance per model lazily and keeps it.
 */
public final class TransformerSentenceEncoder implements SentenceEncoder, TokenEncoder, AutoCloseable {
  /** The models were trained on up to 256 (MiniLM) or 512 (bge) word pieces; text past 256 is not read. */
  static final int MAX_TOKENS = 256;

  private static final Map<TransformerModel, TransformerSentenceEncoder> SHARED = new EnumMap<>(TransformerModel.class);

  private final TransformerModel model;
  private final OrtEnvironment environment;
  private final OrtSession session;
  /** The saved graph the session reads its weights from, kept reachable while it runs; null when it copied them. */
  private final @Nullable MappedByteBuffer savedGraph;
  private final WordPieceTokenizer tokenizer;
  private final boolean wantsTokenTypes;
  private final ForkJoinPool workers;

  private TransformerSentenceEncoder(TransformerModel model, int threads, Optional<ModelFileCache> cache) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
    this.model = model;
    try {
      tokenizer = tokenizer(model, cache);
      // before ONNX Runtime's first class: it reads where its libraries are once, when it loads them
      cache.ifPresent(ModelFileCache::useForNativeLibraries);
      // ERROR level: at WARNING ONNX Runtime reports initializers it folds away, which is harmless.
      OrtEnvironment ort = OrtEnvironment.getEnvironment(OrtLoggingLevel.ORT_LOGGING_LEVEL_ERROR, "doppel");
      environment = ort;
      @Nullable MappedByteBuffer saved = cache.flatMap(c -> savedGraph(c, ort, model)).orElse(null);
      @Nullable OrtSession fromSaved = saved == null ? null : sessionOfSaved(ort, saved);
      if (fromSaved != null) {
        session = fromSaved;
        savedGraph = saved;
      } else {
        if (saved != null) {
          // a saved graph ONNX Runtime refuses (damaged on disk) is made again by the next run, as a vocabulary is
          cache.flatMap(c -> c.savedGraph(model)).ifPresent(ModelFileCache::deleteQuietly);
        }
        try (InputStream graph = resource(model, model.modelResource()); OrtSession.SessionOptions options = options(OptLevel.ALL_OPT)) {
          session = environment.createSession(graph.readAllBytes(), options);
        }
        savedGraph = null;
      }
      wantsTokenTypes = session.getInputNames().contains("token_type_ids");
      workers = new ForkJoinPool(threads);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the sentence model " + model + " from the class path", e);
    } catch (OrtException e) {
      throw new IllegalStateException("ONNX Runtime cannot load the sentence model " + model + ": " + e.getMessage(), e);
    }
  }

  /** The model's tokenizer, from the cache's vocabulary lines, else from its {@code tokenizer.json} (then saved). */
  private static WordPieceTokenizer tokenizer(TransformerModel model, Optional<ModelFileCache> cache) throws IOException {
    Optional<Path> saved = cache.flatMap(c -> c.savedVocabulary(model));
    if (saved.isPresent() && Files.isRegularFile(saved.get())) {
      try {
        return WordPieceTokenizer.fromVocabularyLines(Files.readAllBytes(saved.get()));
      } catch (IOException | SecurityException e) {
        // unreadable or damaged: read the JSON again, and write the lines anew
      }
    }
    WordPieceTokenizer tokenizer;
    try (InputStream json = resource(model, model.tokenizerResource())) {
      tokenizer = WordPieceTokenizer.fromTokenizerJson(json);
    }
    Optional<byte[]> lines = tokenizer.vocabularyLines();
    if (saved.isPresent() && lines.isPresent()) {
      try {
        ModelFileCache.writeAtomically(saved.get(), file -> Files.write(file, lines.get()));
        ModelFileCache.removeOlderVersions(saved.get());
      } catch (IOException | SecurityException e) {
        // a folder not writable, or full: the JSON is read again next time
      }
    }
    return tokenizer;
  }

  /**
   * The session options as shipped: all of ONNX Runtime's graph optimisations (the vectors were measured with them),
   * one thread per run (the encoder runs sentences in parallel itself).
   */
  private static OrtSession.SessionOptions options(OptLevel level) throws OrtException {
    OrtSession.SessionOptions options = new OrtSession.SessionOptions();
    options.setOptimizationLevel(level);
    options.setIntraOpNumThreads(1);
    options.setInterOpNumThreads(1);
    options.setSessionLogLevel(OrtLoggingLevel.ORT_LOGGING_LEVEL_ERROR);
    return options;
  }

  /**
   * The cache's copy of the graph, optimised and saved in ONNX Runtime's format (made from the class path's graph
   * first if it is not there), mapped into memory; empty when it cannot be made or read.
   *
   * <p>It is saved with the extended optimisations (the fused attention and quantized matrix products), not all: the
   * layout optimisations of the last level may be specific to the processor that made the file, and the cache may be
   * shared. Loaded again with all of them, it gives the vectors of the class path's graph, bit for bit
   * ({@code TransformerSentenceEncoderTest}; on 1,505 sentences of two corpora in docs/benchmarks.md).
   */
  private static Optional<MappedByteBuffer> savedGraph(ModelFileCache cache, OrtEnvironment environment, TransformerModel model) {
    Optional<Path> file = cache.savedGraph(model);
    if (file.isEmpty()) {
      return Optional.empty();
    }
    try {
      if (!Files.isRegularFile(file.get())) {
        ModelFileCache.writeAtomically(file.get(), temp -> {
          try (InputStream graph = resource(model, model.modelResource()); OrtSession.SessionOptions options = options(OptLevel.EXTENDED_OPT)) {
            options.setOptimizedModelFilePath(temp.toString());
            options.addConfigEntry("session.save_model_format", "ORT");
            environment.createSession(graph.readAllBytes(), options).close();
          } catch (OrtException e) {
            throw new IOException("ONNX Runtime cannot save " + model + ": " + e.getMessage(), e);
          }
        });
        ModelFileCache.removeOlderVersions(file.get());
      }
      try (FileChannel channel = FileChannel.open(file.get(), StandardOpenOption.READ)) {
        return Optional.of(channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size()));
      }
    } catch (IOException | UncheckedIOException | SecurityException e) {
      return Optional.empty(); // a folder not writable, or full: the class path's graph is read as before
    }
  }

  /**
   * A session on the saved graph that reads the weights where they lie in {@code graph} rather than copying them
   * (so {@code graph} must outlive it), or null when ONNX Runtime will not load it.
   */
  private static @Nullable OrtSession sessionOfSaved(OrtEnvironment environment, MappedByteBuffer graph) {
    try (OrtSession.SessionOptions options = options(OptLevel.ALL_OPT)) {
      options.addConfigEntry("session.load_model_format", "ORT");
      options.addConfigEntry("session.use_ort_model_bytes_directly", "1");
      options.addConfigEntry("session.use_ort_model_bytes_for_initializers", "1");
      return environment.createSession(graph, options);
    } catch (OrtException e) {
      return null;
    }
  }

  /** Loads {@code model}, to run on {@code threads} worker threads; {@link #close()} releases it. */
  public static TransformerSentenceEncoder load(TransformerModel model, int threads) {
    return new TransformerSentenceEncoder(model, threads, ModelFileCache.standard());
  }

  /** Loads {@code model} with the files kept in {@code cache}, or from the class path alone when it is empty. */
  static TransformerSentenceEncoder load(TransformerModel model, int threads, Optional<ModelFileCache> cache) {
    return new TransformerSentenceEncoder(model, threads, cache);
  }

  /** Whether the session reads the graph saved in the cache (not a copy of the class path's). */
  boolean readsSavedGraph() {
    return savedGraph != null;
  }

  /**
   * One encoder of {@code model} for the whole process, loaded on first call with every available
   * core and never closed; later calls return the same instance.
   */
  public static TransformerSentenceEncoder shared(TransformerModel model) {
    synchronized (SHARED) {
      return SHARED.computeIfAbsent(model, m -> load(m, Runtime.getRuntime().availableProcessors()));
    }
  }

  /** The shared all-MiniLM-L6-v2 encoder, the one the scan uses. */
  public static TransformerSentenceEncoder miniLm() {
    return shared(TransformerModel.ALL_MINILM_L6_V2);
  }

  public TransformerModel model() {
    return model;
  }

  private static InputStream resource(TransformerModel model, String name) throws IOException {
    InputStream in = TransformerSentenceEncoder.class.getResourceAsStream(name);
    if (in == null) {
      throw new IOException(name + " is not on the class path; the artifact " + model.artifact() + " must be");
    }
    return in;
  }

  @Override
  public int dimensions() {
    return model.dimensions();
  }

  @Override
  public float[][] encode(List<String> sentences) {
    // the scan asks only for sentence vectors: the token vectors (an array per word piece) are not made
    return encodeAll(sentences, false).stream().map(TokenVectors::sentence).toArray(float[][]::new);
  }

  @Override
  public List<TokenVectors> encodeTokens(List<String> sentences) {
    return encodeAll(sentences, true);
  }

  private List<TokenVectors> encodeAll(List<String> sentences, boolean withTokens) {
    TokenVectors[] out = new TokenVectors[sentences.size()];
    if (out.length == 1 || workers.getParallelism() == 1) {
      // on the caller's thread: with one worker (a scan on one core) handing the sentences over and joining cost
      // the caller's spinning wait and the parallel stream's machinery, on the core the model needs
      for (int i = 0; i < out.length; i++) {
        out[i] = encodeOne(sentences.get(i), withTokens);
      }
    } else {
      workers.submit(() -> IntStream.range(0, out.length).parallel()
          .forEach(i -> out[i] = encodeOne(sentences.get(i), withTokens))).join();
    }
    return List.of(out);
  }

  private TokenVectors encodeOne(String sentence, boolean withTokens) {
    int[] ids = tokenizer.encode(model.textPrefix() + sentence, MAX_TOKENS);
    int width = ids.length;
    long[] inputIds = new long[width];
    long[] mask = new long[width];
    for (int t = 0; t < width; t++) {
      inputIds[t] = ids[t];
      mask[t] = 1;
    }
    long[] shape = {1, width};
    try (OnnxTensor idsTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(inputIds), shape);
        OnnxTensor maskTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(mask), shape);
        OnnxTensor typesTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(new long[width]), shape)) {
      Map<String, OnnxTensor> inputs = wantsTokenTypes
          ? Map.of("input_ids", idsTensor, "attention_mask", maskTensor, "token_type_ids", typesTensor)
          : Map.of("input_ids", idsTensor, "attention_mask", maskTensor);
      try (OrtSession.Result result = session.run(inputs)) {
        return tokenVectors(((OnnxTensor) result.get(0)).getFloatBuffer(), ids, withTokens);
      } finally {
        Reference.reachabilityFence(savedGraph);
      }
    } catch (OrtException e) {
      throw new IllegalStateException("ONNX Runtime failed on a sentence of " + width + " word pieces: " + e.getMessage(), e);
    }
  }

  /**
   * The sentence vector pooled as the model was trained ([CLS] and [SEP] count in the mean), and the
   * unit-length vectors of the word pieces between [CLS] and [SEP] (none unless {@code withTokens}).
   */
  private TokenVectors tokenVectors(FloatBuffer output, int[] ids, boolean withTokens) {
    int dimensions = model.dimensions();
    float[] pooled = new float[dimensions];
    if (model.pooling() == TransformerModel.Pooling.CLS) {
      output.get(0, pooled);
    } else {
      // one bulk copy out of the native buffer, then summed in the same order (so to the same bits): a get per
      // number, 16,000 for a sentence of 43 word pieces, cost more than the sums
      float[] vectors = new float[ids.length * dimensions];
      output.get(0, vectors);
      for (int t = 0; t < ids.length; t++) {
        for (int d = 0; d < dimensions; d++) {
          pooled[d] += vectors[t * dimensions + d];
        }
      }
    }
    int pieces = withTokens ? Math.max(0, ids.length - 2) : 0;
    float[][] tokens = new float[pieces][dimensions];
    for (int t = 0; t < pieces; t++) {
      output.get((t + 1) * dimensions, tokens[t]);
      scaleToUnitLength(tokens[t]);
    }
    return new TokenVectors(Arrays.copyOfRange(ids, 1, 1 + pieces), tokens, scaleToUnitLength(pooled));
  }

  private static float[] scaleToUnitLength(float[] v) {
    double norm = 0;
    for (float x : v) {
      norm += (double) x * x;
    }
    float scale = norm == 0 ? 0f : (float) (1 / Math.sqrt(norm));
    for (int d = 0; d < v.length; d++) {
      v[d] *= scale;
    }
    return v;
  }

  /** Releases the native session; the shared instance is never closed. */
  @Override
  public void close() {
    synchronized (SHARED) {
      if (SHARED.get(model) == this) {
        return;
      }
    }
    workers.shutdown();
    try {
      session.close();
    } catch (OrtException e) {
      throw new IllegalStateException("cannot close the ONNX session", e);
    } finally {
      Reference.reachabilityFence(savedGraph);
    }
  }
}
