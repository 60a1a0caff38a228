package org.doppel.match.sentence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A gradient-boosted ensemble of small regression trees for a yes/no question: the sum of the
 * trees' leaf values is a log-odds, turned into a probability by the logistic function. Trees can
 * weigh one feature by another (a high word overlap means little once the words were reordered),
 * which a logistic regression on the same features cannot. Immutable.
 *
 * <p>Stored as JSON: the feature names, the decision threshold, a base log-odds and, per tree,
 * parallel arrays of nodes ({@code feature} −1 marks a leaf; a row goes left when its feature is
 * at most {@code split}).
 */
public final class BoostedTrees {
  private final List<String> featureNames;
  private final double base;
  private final double threshold;
  private final Tree[] trees;
  /** How the model was made, or null for a model written before models recorded it. */
  private final @Nullable TrainingRecord training;

  /**
   * One tree as parallel node arrays; node 0 is the root. A trainer ({@code doppel-eval}'s
   * {@code BoostedTreesTrainer}) builds them; the arrays are not copied, so a tree handed to {@link #of} must not
   * change afterwards.
   */
  public record Tree(int[] feature, double[] split, int[] left, int[] right, double[] value) {
    /** The value of the leaf that {@code x} reaches. */
    public double eval(double[] x) {
      int node = 0;
      while (feature[node] >= 0) {
        node = x[feature[node]] <= split[node] ? left[node] : right[node];
      }
      return value[node];
    }
  }

  /** A model of {@code trees} over the named features: probability = logistic(base + the trees' sum). */
  public static BoostedTrees of(List<String> featureNames, double base, double threshold, List<Tree> trees) {
    return new BoostedTrees(featureNames, base, threshold, trees, null);
  }

  private BoostedTrees(List<String> featureNames, double base, double threshold, List<Tree> trees, @Nullable TrainingRecord training) {
    if (!(threshold > 0 && threshold < 1)) {
      throw new IllegalArgumentException("threshold must be in (0, 1), got " + threshold);
    }
    this.featureNames = List.copyOf(featureNames);
    this.base = base;
    this.threshold = threshold;
    this.trees = trees.toArray(Tree[]::new);
    this.training = training;
  }

  /** The probability of "yes" for one feature vector. */
  public double probability(double[] features) {
    if (features.length != featureNames.size()) {
      throw new IllegalArgumentException("expected " + featureNames.size() + " features, got " + features.length);
    }
    double logit = base;
    for (Tree tree : trees) {
      logit += tree.eval(features);
    }
    return 1 / (1 + Math.exp(-logit));
  }

  /** The probability above which the answer is "yes", chosen when the model was trained. */
  public double threshold() {
    return threshold;
  }

  public List<String> featureNames() {
    return featureNames;
  }

  public int treeCount() {
    return trees.length;
  }

  /** The same trees with another decision threshold. */
  public BoostedTrees withThreshold(double newThreshold) {
    return new BoostedTrees(featureNames, base, newThreshold, List.of(trees), training);
  }

  /** The same trees with a record of how they were made. */
  public BoostedTrees withTraining(TrainingRecord record) {
    return new BoostedTrees(featureNames, base, threshold, List.of(trees), record);
  }

  /** How the model was made, when its file says. */
  public Optional<TrainingRecord> training() {
    return Optional.ofNullable(training);
  }

  /** Writes the model as JSON. */
  public String toJson() {
    ObjectMapper json = new ObjectMapper();
    ObjectNode root = json.createObjectNode();
    root.put("kind", "doppel boosted trees");
    ArrayNode names = root.putArray("features");
    featureNames.forEach(names::add);
    root.put("threshold", threshold);
    root.put("base", base);
    if (training != null) {
      ObjectNode made = root.putObject("training");
      ArrayNode data = made.putArray("data");
      for (TrainingRecord.DataFile file : training.data()) {
        data.addObject().put("name", file.name()).put("sha256", file.sha256());
      }
      made.put("features_sha256", training.featuresSha256());
      ObjectNode parameters = made.putObject("parameters");
      training.parameters().forEach(parameters::put);
      made.put("seed", training.seed());
      made.put("command", training.command());
    }
    ArrayNode treeArray = root.putArray("trees");
    for (Tree t : trees) {
      ObjectNode node = treeArray.addObject();
      ArrayNode f = node.putArray("feature");
      ArrayNode s = node.putArray("split");
      ArrayNode l = node.putArray("left");
      ArrayNode r = node.putArray("right");
      ArrayNode v = node.putArray("value");
      for (int i = 0; i < t.feature().length; i++) {
        f.add(t.feature()[i]);
        s.add(t.split()[i]);
        l.add(t.left()[i]);
        r.add(t.right()[i]);
        v.add(t.value()[i]);
      }
    }
    return root.toString();
  }

  /**
   * Reads a model written by {@link #toJson()}, checking that it was trained on
   * {@code expectedFeatures}.
   */
  public static BoostedTrees fromJson(InputStream in, List<String> expectedFeatures) throws IOException {
    JsonNode root = new ObjectMapper().readTree(in);
    if (root == null || !"doppel boosted trees".equals(root.path("kind").asText())) {
      throw new IOException("not a Doppel boosted-trees model (no \"kind\": \"doppel boosted trees\")");
    }
    List<String> names = new ArrayList<>();
    root.path("features").forEach(n -> names.add(n.asText()));
    if (!names.equals(expectedFeatures)) {
      throw new IOException("the model was trained on features " + names + " but this version computes " + expectedFeatures
          + "; retrain it with ./doppel pairs --train");
    }
    List<Tree> trees = new ArrayList<>();
    for (JsonNode t : root.path("trees")) {
      int n = t.path("feature").size();
      int[] f = new int[n];
      double[] s = new double[n];
      int[] l = new int[n];
      int[] r = new int[n];
      double[] v = new double[n];
      for (int i = 0; i < n; i++) {
        f[i] = t.path("feature").get(i).asInt();
        s[i] = t.path("split").get(i).asDouble();
        l[i] = t.path("left").get(i).asInt();
        r[i] = t.path("right").get(i).asInt();
        v[i] = t.path("value").get(i).asDouble();
        if (f[i] >= names.size() || (f[i] >= 0 && (l[i] <= i || r[i] <= i || l[i] >= n || r[i] >= n))) {
          throw new IOException("tree " + trees.size() + " node " + i + " is malformed");
        }
      }
      trees.add(new Tree(f, s, l, r, v));
    }
    return new BoostedTrees(names, root.path("base").asDouble(), root.path("threshold").asDouble(), trees, trainingOf(root.path("training")));
  }

  private static @Nullable TrainingRecord trainingOf(JsonNode made) {
    if (made.isMissingNode()) {
      return null;
    }
    List<TrainingRecord.DataFile> data = new ArrayList<>();
    made.path("data").forEach(f -> data.add(new TrainingRecord.DataFile(f.path("name").asText(), f.path("sha256").asText())));
    Map<String, String> parameters = new LinkedHashMap<>();
    made.path("parameters").fields().forEachRemaining(e -> parameters.put(e.getKey(), e.getValue().asText()));
    return new TrainingRecord(data, made.path("features_sha256").asText(), parameters, made.path("seed").asLong(), made.path("command").asText());
  }
}
