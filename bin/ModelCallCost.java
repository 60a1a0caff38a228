import ai.onnxruntime.*;
import java.lang.management.*;
import java.nio.*;
import java.nio.channels.FileChannel;
import java.nio.file.*;
import java.util.*;

/**
 * What one call of the sentence model costs, and whether ONNX Runtime's session options change it or its vectors
 * (docs/benchmarks.md, eleventh pass): the first N sentences of 8-50 words of a corpus's files, each run alone through
 * the saved graph (the scan's way), under each named variant of the session options; thread CPU of the runs, a
 * straight-line fit of a call's CPU against its word pieces, and whether every output is bit-identical to the first
 * variant's ("same"). -Dtiny=K cuts every sentence to K word pieces. Variants: base (the scan's options), nomempattern,
 * noarena, copyinit (initialisers copied, not read from the graph's bytes), nospin, noprepack, daz, parallel, profile
 * (ONNX Runtime's profiler, its JSON named at the end), onnx (the class path's graph, not the saved one).
 * java --enable-native-access=ALL-UNNAMED -cp doppel-cli/target/doppel.jar bin/ModelCallCost.java /tmp/data/g20k-s7 \
 *   doppel-cli/target/model-cache/all_minilm_l6_v2-*.ort 450 base,nomempattern,noarena,copyinit
 */
public class ModelCallCost {
  static long cpu() { return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime(); }
  public static void main(String[] a) throws Exception {
    String corpus = a[0]; String ort = a[1]; int n = Integer.parseInt(a[2]);
    Class<?> wp = Class.forName("org.doppel.fingerprint.WordPieceTokenizer");
    var from = wp.getDeclaredMethod("fromTokenizerJson", java.io.InputStream.class); from.setAccessible(true);
    Object tok = from.invoke(null, org.doppel.fingerprint.TransformerSentenceEncoder.class.getResourceAsStream("/all-minilm-l6-v2-q-tokenizer.json"));
    var enc = wp.getDeclaredMethod("encode", String.class, int.class); enc.setAccessible(true);
    List<int[]> inputs = new ArrayList<>();
    try (var files = Files.list(Path.of(corpus))) {
      for (Path p : (Iterable<Path>) files.sorted()::iterator) {
        for (String s : Files.readString(p).split("(?<=[.!?])\\s+")) {
          int words = s.split("\\s+").length;
          if (words >= 8 && words <= 50 && inputs.size() < n) inputs.add((int[]) enc.invoke(tok, s, 256));
        }
        if (inputs.size() >= n) break;
      }
    }
    if (System.getProperty("tiny") != null) { int k = Integer.getInteger("tiny"); List<int[]> t = new ArrayList<>(); for (int i = 0; i < inputs.size(); i++) t.add(Arrays.copyOf(inputs.get(i), k)); inputs = t; }
    long pieces = inputs.stream().mapToInt(x -> x.length).sum();
    System.out.printf("%d sentences, %d pieces%n", inputs.size(), pieces);
    OrtEnvironment env = OrtEnvironment.getEnvironment(OrtLoggingLevel.ORT_LOGGING_LEVEL_ERROR, "b");
    MappedByteBuffer graph;
    try (FileChannel ch = FileChannel.open(Path.of(ort))) { graph = ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size()); }
    String[] variants = a.length > 3 ? a[3].split(",") : new String[] {"base", "nomempattern", "noarena", "copyinit", "base"};
    float[][] ref = null;
    for (int round = 0; round < 2; round++)
    for (String v : variants) {
      var o = new OrtSession.SessionOptions();
      o.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
      o.setIntraOpNumThreads(1); o.setInterOpNumThreads(1);
      o.addConfigEntry("session.load_model_format", "ORT");
      o.addConfigEntry("session.use_ort_model_bytes_directly", "1");
      if (!v.equals("copyinit")) o.addConfigEntry("session.use_ort_model_bytes_for_initializers", "1");
      if (v.equals("nomempattern")) o.setMemoryPatternOptimization(false);
      if (v.equals("noarena")) o.setCPUArenaAllocator(false);
      if (v.equals("nospin")) o.addConfigEntry("session.intra_op.allow_spinning", "0");
      if (v.equals("noprepack")) o.addConfigEntry("session.disable_prepacking", "1");
      if (v.equals("daz")) o.addConfigEntry("session.set_denormal_as_zero", "1");
      if (v.equals("profile")) o.enableProfiling("model-call-profile");
      if (v.equals("parallel")) o.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.PARALLEL);
      long l0 = cpu();
      OrtSession s;
      if (v.startsWith("onnx")) {
        var o2 = new OrtSession.SessionOptions();
        o2.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
        o2.setIntraOpNumThreads(1); o2.setInterOpNumThreads(1);
        byte[] g; try (var in = org.doppel.fingerprint.TransformerSentenceEncoder.class.getResourceAsStream("/all-minilm-l6-v2-q.onnx")) { g = in.readAllBytes(); }
        s = env.createSession(g, o2);
      } else s = env.createSession(graph, o);
      long l1 = cpu();
      float[][] out = new float[inputs.size()][];
      long c0 = cpu();
      double sx=0, sy=0, sxx=0, sxy=0;
      for (int i = 0; i < inputs.size(); i++) {
        long ci = cpu();
        int[] ids = inputs.get(i); int w = ids.length;
        long[] x = new long[w], m = new long[w];
        for (int t = 0; t < w; t++) { x[t] = ids[t]; m[t] = 1; }
        long[] shape = {1, w};
        try (var t1 = OnnxTensor.createTensor(env, LongBuffer.wrap(x), shape);
             var t2 = OnnxTensor.createTensor(env, LongBuffer.wrap(m), shape);
             var t3 = OnnxTensor.createTensor(env, LongBuffer.wrap(new long[w]), shape);
             var r = s.run(Map.of("input_ids", t1, "attention_mask", t2, "token_type_ids", t3))) {
          FloatBuffer fb = ((OnnxTensor) r.get(0)).getFloatBuffer();
          float[] all = new float[fb.remaining()]; fb.get(all); out[i] = all;
        }
        double y = (cpu() - ci) / 1e6; sx += w; sy += y; sxx += (double) w * w; sxy += w * y;
      }
      long c1 = cpu();
      boolean same = true;
      if (ref == null) ref = out; else for (int i = 0; i < out.length; i++) same &= Arrays.equals(ref[i], out[i]);
      int nn = inputs.size(); double slope = (nn * sxy - sx * sy) / (nn * sxx - sx * sx); double icpt = (sy - slope * sx) / nn;
      System.out.printf("fit: %.3f ms + %.4f ms/piece%n", icpt, slope);
      System.out.printf("%-14s load %.3f s, run %.3f s cpu (%.2f ms/sentence) same=%s%n", v, (l1-l0)/1e9, (c1-c0)/1e9, (c1-c0)/1e6/inputs.size(), same);
      if (v.equals("profile")) System.out.println(s.endProfiling());
      s.close();
    }
  }
}
