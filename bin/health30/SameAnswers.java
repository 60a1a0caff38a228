// java bin/health30/SameAnswers.java MAIN_CORE_JAR BRANCH_CORE_JAR CORPUS_FOLDER  (feat-health30, docs/quality.md)
import java.lang.reflect.*;
import java.net.*;
import java.nio.file.*;
import java.util.*;

/** Same inputs to main's and the branch's PairFeatures.surface and EditShape.anchors; counts any difference. */
public class SameAnswers {
  public static void main(String[] args) throws Exception {
    ClassLoader oldL = new URLClassLoader(new URL[] {Path.of(args[0]).toUri().toURL()}, SameAnswers.class.getClassLoader());
    ClassLoader newL = new URLClassLoader(new URL[] {Path.of(args[1]).toUri().toURL()}, SameAnswers.class.getClassLoader());
    List<String> sentences = new ArrayList<>();
    try (var files = Files.list(Path.of(args[2]))) {
      for (Path p : files.sorted().toList()) {
        for (String s : Files.readString(p).split("(?<=[.!?])\\s+")) {
          if (s.length() > 3) sentences.add(s.strip());
        }
      }
    }
    Random r = new Random(20261207);
    Method sOld = surface(oldL), sNew = surface(newL);
    Object vOld = vectors(oldL), vNew = vectors(newL);
    int pairs = 0, differ = 0;
    for (int t = 0; t < 40000; t++) {
      String a = sentences.get(r.nextInt(sentences.size()));
      String b = switch (t % 4) {
        case 0 -> sentences.get(r.nextInt(sentences.size()));
        case 1 -> shuffleSome(a, r);
        case 2 -> dropAndReplace(a, r);
        default -> a;
      };
      double cos = r.nextDouble();
      double[] x = (double[]) sOld.invoke(null, a, b, cos, vOld);
      double[] y = (double[]) sNew.invoke(null, a, b, cos, vNew);
      pairs++;
      if (!Arrays.equals(x, y)) { differ++; if (differ < 5) System.out.println("surface differs: " + a + " | " + b); }
    }
    Method aOld = anchors(oldL), aNew = anchors(newL);
    int arrays = 0, adiffer = 0;
    for (int t = 0; t < 20000; t++) {
      int alphabet = 2 + r.nextInt(400);
      long[] a = randomWords(r, r.nextInt(300), alphabet), b = randomWords(r, r.nextInt(300), alphabet);
      int sa = a.length == 0 ? 0 : r.nextInt(a.length + 1), ea = sa + (a.length - sa == 0 ? 0 : r.nextInt(a.length - sa + 1));
      int sb = b.length == 0 ? 0 : r.nextInt(b.length + 1), eb = sb + (b.length - sb == 0 ? 0 : r.nextInt(b.length - sb + 1));
      @SuppressWarnings("unchecked") List<int[]> x = (List<int[]>) aOld.invoke(null, a, sa, ea, b, sb, eb);
      @SuppressWarnings("unchecked") List<int[]> y = (List<int[]>) aNew.invoke(null, a, sa, ea, b, sb, eb);
      arrays++;
      boolean same = x.size() == y.size();
      for (int i = 0; same && i < x.size(); i++) same = Arrays.equals(x.get(i), y.get(i));
      if (!same) adiffer++;
    }
    System.out.println("surface: " + pairs + " pairs, " + differ + " differ; anchors: " + arrays + " ranges, " + adiffer + " differ");
  }

  static long[] randomWords(Random r, int n, int alphabet) {
    long[] w = new long[n];
    for (int i = 0; i < n; i++) w[i] = (long) r.nextInt(alphabet) * 0x9E3779B97F4A7C15L;
    return w;
  }

  static String shuffleSome(String s, Random r) {
    List<String> w = new ArrayList<>(List.of(s.split(" ")));
    for (int k = 0; k < 1 + r.nextInt(3) && w.size() > 1; k++) Collections.swap(w, r.nextInt(w.size()), r.nextInt(w.size()));
    if (w.size() > 4 && r.nextBoolean()) { int from = r.nextInt(w.size() - 3); List<String> block = new ArrayList<>(w.subList(from, from + 3)); w.subList(from, from + 3).clear(); w.addAll(block); }
    return String.join(" ", w);
  }

  static String dropAndReplace(String s, Random r) {
    List<String> w = new ArrayList<>(List.of(s.split(" ")));
    if (w.size() > 2) w.remove(r.nextInt(w.size()));
    if (!w.isEmpty()) w.set(r.nextInt(w.size()), r.nextBoolean() ? Integer.toString(r.nextInt(100)) : "not");
    return String.join(" ", w);
  }

  static Method surface(ClassLoader l) throws Exception {
    Class<?> c = l.loadClass("org.doppel.match.sentence.PairFeatures");
    Class<?> v = l.loadClass("org.doppel.match.sentence.PairFeatures$WordVectors");
    Method m = c.getDeclaredMethod("surface", String.class, String.class, double.class, v);
    m.setAccessible(true);
    return m;
  }

  static Object vectors(ClassLoader l) throws Exception {
    Class<?> v = l.loadClass("org.doppel.match.sentence.PairFeatures$WordVectors");
    return java.lang.reflect.Proxy.newProxyInstance(l, new Class<?>[] {v}, (p, m, a) -> {
      if (!m.getName().equals("of")) return m.getName().equals("hashCode") ? 0 : m.getName().equals("equals") ? false : "vectors";
      String w = (String) a[0];
      if (w.hashCode() % 5 == 0) return null;
      Random r = new Random(w.hashCode());
      float[] f = new float[8];
      for (int i = 0; i < 8; i++) f[i] = r.nextFloat() - 0.5f;
      return f;
    });
  }

  static Method anchors(ClassLoader l) throws Exception {
    Class<?> c = l.loadClass("org.doppel.provenance.EditShape");
    Method m = c.getDeclaredMethod("anchors", long[].class, int.class, int.class, long[].class, int.class, int.class);
    m.setAccessible(true);
    return m;
  }
}
