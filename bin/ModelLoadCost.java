import ai.onnxruntime.*;
import java.lang.management.*;
/**
 * What loading the sentence model costs, step by step, in CPU seconds (docs/benchmarks.md, quiet run after the
 * sixth pass, and the seventh pass): java --enable-native-access=ALL-UNNAMED -cp doppel-cli/target/doppel.jar
 * bin/ModelLoadCost.java /all-minilm-l6-v2-q.onnx ALL_OPT
 * With "encoder" as the first argument it times the encoder's whole load instead, from the model cache the system
 * property doppel.cache.dir names (-Ddoppel.cache.dir=doppel-cli/target/model-cache, the launcher's):
 * java --enable-native-access=ALL-UNNAMED -Ddoppel.cache.dir=doppel-cli/target/model-cache -cp doppel-cli/target/doppel.jar bin/ModelLoadCost.java encoder
 */
public class ModelLoadCost {
  static long cpu() { return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime(); }
  public static void main(String[] a) throws Exception {
    if (a[0].equals("encoder")) {
      long c0 = cpu();
      var encoder = org.doppel.fingerprint.TransformerSentenceEncoder.load(org.doppel.fingerprint.TransformerModel.ALL_MINILM_L6_V2, 1);
      long c1 = cpu();
      encoder.encode("The stock market closed higher on Friday after a volatile week.");
      long c2 = cpu();
      System.out.printf("encoder load %.3f cpu / first sentence %.3f cpu%n", (c1-c0)/1e9, (c2-c1)/1e9);
      return;
    }
    long c0 = cpu(), t0 = System.nanoTime();
    OrtEnvironment env = OrtEnvironment.getEnvironment(OrtLoggingLevel.ORT_LOGGING_LEVEL_ERROR, "x");
    long c1 = cpu(), t1 = System.nanoTime();
    byte[] g;
    try (var in = org.doppel.fingerprint.TransformerSentenceEncoder.class.getResourceAsStream(a[0])) { g = in.readAllBytes(); }
    long c2 = cpu(), t2 = System.nanoTime();
    var o = new OrtSession.SessionOptions();
    o.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.valueOf(a[1]));
    o.setIntraOpNumThreads(1); o.setInterOpNumThreads(1);
    if (a.length > 2) o.setOptimizedModelFilePath(a[2]);
    OrtSession s = env.createSession(g, o);
    long c3 = cpu(), t3 = System.nanoTime();
    System.out.printf("env %.3f cpu / read %.3f / session %.3f cpu (%d bytes)%n", (c1-c0)/1e9, (c2-c1)/1e9, (c3-c2)/1e9, g.length);
  }
}
