package org.doppel.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * What picocli's reflection costs a start (docs/benchmarks.md, "picocli without reflection, and the 20k copy scan"): the
 * root and `scan` command lines built and parsed as `DoppelCli.commandLine` builds them from the annotations ("annot"),
 * against a scratch copy of the same two commands built with picocli's programmatic API ("prog": the same names, types,
 * converters and arities, shorter descriptions, each value set into the real command's field through
 * java.lang.reflect.Field, no annotation read). Not the product: the copy is a measuring device, its help is not the
 * command's. "reads" times the annotations' first reads, type by type. "train" runs both once, for an AOT cache that holds both (-XX:AOTCacheOutput).
 */
public class PicocliSpecProbe {
  static final ThreadMXBean T = ManagementFactory.getThreadMXBean();
  static long process() { return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime(); }

  static CommandLine programmatic() {
    CommandSpec root = CommandSpec.create().name("doppel").version(DoppelCli.VERSION);
    root.usageMessage().description(DoppelCli.DESCRIPTION);
    help(root);
    ScanCommand cmd = new ScanCommand();
    CommandSpec scan = CommandSpec.wrapWithoutInspection(cmd).name("scan").version(DoppelCli.VERSION);
    scan.usageMessage().description("Reads every document under the given folders and files and reports the pairs that share text.");
    help(scan);
    scan.addPositional(PositionalParamSpec.builder().setter(new FieldSetter(cmd,"corpus")).arity("1..*").paramLabel("CORPUS").type(List.class).auxiliaryTypes(Path.class).description(CorpusLoader.INPUT_HELP).build());
    scan.addOption(OptionSpec.builder("--format").setter(new FieldSetter(cmd,"format")).type(ScanCommand.Format.class).description("text (default), jsonl, html or csv (a row per shared passage: both documents' titles, dates and URLs, the passage as each has it, the likely original and why; for a spreadsheet); without it, the one --out's name ends in (.jsonl, .html, .csv).").build());
    scan.addOption(OptionSpec.builder("--out").setter(new FieldSetter(cmd,"out")).type(Path.class).converters(new OptionValues.OutputFile()).paramLabel("FILE").description("Write the report here instead of standard output (-: standard output).").build());
    scan.addOption(OptionSpec.builder("--families").setter(new FieldSetter(cmd,"families")).type(Path.class).paramLabel("FILE").description("Also write the story families here").build());
    scan.addOption(OptionSpec.builder("--story-links").setter(new FieldSetter(cmd,"storyLinks")).type(boolean.class).initialValue(false).description("Also join each document").build());
    scan.addOption(OptionSpec.builder("--duplicates").setter(new FieldSetter(cmd,"duplicates")).type(Path.class).paramLabel("FILE").description("Also write the sets").build());
    scan.addOption(OptionSpec.builder("--quiet").setter(new FieldSetter(cmd,"quiet")).type(boolean.class).initialValue(false).description("No progress bar").build());
    scan.addOption(OptionSpec.builder("--no-photos").setter(new FieldSetter(cmd,"noPhotos")).type(boolean.class).initialValue(false).description("Do not look at the pages' photos").build());
    scan.addOption(OptionSpec.builder("--threads").setter(new FieldSetter(cmd.detection,"threads")).type(Integer.class).converters(new OptionValues.Threads()).description("Worker threads (default and most: all cores).").build());
    scan.addOption(OptionSpec.builder("--copies-only").setter(new FieldSetter(cmd.detection,"copiesOnly")).type(boolean.class).initialValue(false).description("Find exact copies").build());
    scan.addOption(OptionSpec.builder("--no-model").setter(new FieldSetter(cmd.detection,"noModel")).type(boolean.class).initialValue(false).description("Judge reworded").build());
    scan.addOption(OptionSpec.builder("--judge").setter(new FieldSetter(cmd.detection,"judge")).type(boolean.class).initialValue(false).description("Also read").build());
    scan.addOption(OptionSpec.builder("--no-text-judge").setter(new FieldSetter(cmd.detection,"noTextJudge")).type(boolean.class).initialValue(false).description("Do not read").build());
    scan.addOption(OptionSpec.builder("--min-score").setter(new FieldSetter(cmd.detection,"minScore")).type(Double.class).paramLabel("X").description("min").build());
    scan.addOption(OptionSpec.builder("--all").setter(new FieldSetter(cmd.detection,"all")).type(boolean.class).initialValue(false).description("Report every pair").build());
    CommandLine line = new CommandLine(root);
    line.addSubcommand("scan", new CommandLine(scan));
    line.setUnmatchedOptionsAllowedAsOptionParameters(false);
    line.setCaseInsensitiveEnumValuesAllowed(true);
    return line;
  }

  static final class FieldSetter implements CommandLine.Model.ISetter {
    final Object target; final java.lang.reflect.Field field;
    FieldSetter(Object target, String name) {
      try { this.target = target; this.field = target.getClass().getDeclaredField(name); field.setAccessible(true); } catch (ReflectiveOperationException e) { throw new IllegalStateException(e); }
    }
    @Override public <T> T set(T value) throws Exception { field.set(target, value); return null; }
  }

  static void help(CommandSpec spec) {
    spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).description("Show this help message and exit.").build());
    spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true).description("Print version information and exit.").build());
  }

  /** The main thread's CPU for the annotations of scan's fields, one field at a time: each type's first read makes its proxy class. */
  static void reads() {
    StringBuilder out = new StringBuilder();
    long t = T.getCurrentThreadCpuTime();
    ScanCommand.class.getAnnotation(CommandLine.Command.class);
    out.append(String.format("first @Command %.2f ms; ", (T.getCurrentThreadCpuTime() - t) / 1e6));
    for (Class<?> type : new Class<?>[] {DetectionOptions.class, ScanCommand.class}) {
      for (java.lang.reflect.Field field : type.getDeclaredFields()) {
        t = T.getCurrentThreadCpuTime();
        java.lang.annotation.Annotation[] annotations = field.getAnnotations();
        double took = (T.getCurrentThreadCpuTime() - t) / 1e6;
        if (annotations.length > 0) {
          out.append(String.format("%s.%s @%s %.2f; ", type.getSimpleName(), field.getName(), annotations[0].annotationType().getSimpleName(), took));
        }
      }
    }
    System.out.println(out);
  }

  public static void main(String[] a) throws Exception {
    String[] args = Arrays.copyOfRange(a, 1, a.length);
    if (a[0].equals("reads")) {
      reads();
      return;
    }
    if (a[0].equals("train")) {
      DoppelCli.commandLine(args).parseArgs(args);
      programmatic().parseArgs(args);
      return;
    }
    long p0 = process(), t0 = T.getCurrentThreadCpuTime();
    CommandLine line = a[0].equals("prog") ? programmatic() : DoppelCli.commandLine(args);
    line.parseArgs(args);
    long t1 = T.getCurrentThreadCpuTime(), p1 = process();
    Object scan = line.getSubcommands().get("scan").getCommand();
    String bound = scan instanceof ScanCommand c ? " copiesOnly=" + c.detection.copiesOnly + " quiet=" + c.quiet + " corpus=" + c.corpus : "";
    System.out.printf("%s%s thread=%.1f process=%.0f ms%n", a[0], bound, (t1 - t0) / 1e6, (p1 - p0) / 1e6);
  }
}
