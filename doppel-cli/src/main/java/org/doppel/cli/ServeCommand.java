package org.doppel.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.doppel.Doppel;
import org.doppel.DoppelIndex;
import org.doppel.ingest.TerminalText;
import org.doppel.server.DoppelServer;
import org.doppel.server.PortProbe;
import org.doppel.server.ServerOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serves a standing index: an HTTP JSON API and a web page (http://127.0.0.1:8080/ by default).")
final class ServeCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "INDEX", description = "The index folder; created when absent; served for queries only "
      + "when it cannot be written.")
  Path index;

  @Option(names = "--host", description = "Address to bind (default ${DEFAULT-VALUE}); any other than loopback needs a token.")
  String host = "127.0.0.1";

  @Option(names = "--port", description = "Port (default ${DEFAULT-VALUE}; 0 for any free one).")
  int port = 8080;

  @Option(names = "--token", description = "Secret that write requests carry as 'Authorization: Bearer TOKEN' (default: $DOPPEL_TOKEN).")
  String token = System.getenv("DOPPEL_TOKEN");

  @Option(names = "--max-body", paramLabel = "BYTES", description = "Largest request body (default ${DEFAULT-VALUE}, 20 MB); larger gets 413.")
  long maxBody = ServerOptions.DEFAULT_MAX_BODY_BYTES;

  @CommandLine.Mixin
  DetectionOptions detection = new DetectionOptions();

  @Override
  public Integer call() throws Exception {
    ServerOptions options;
    if (maxBody < 1) {
      // ServerOptions' own refusal named its field ("maxBodyBytes"), not the option the user typed
      throw new CommandLine.ParameterException(new CommandLine(this), "Invalid value for option '--max-body': must be at least 1, got " + maxBody);
    }
    try {
      options = new ServerOptions(host, port, token, maxBody);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(new CommandLine(this), e.getMessage());
    }
    String inUse = PortProbe.refusal(host, port);
    if (inUse != null) {
      // Before the index is opened (and, for a new folder, made): Javalin's bind failure was a stack trace.
      System.err.println("doppel serve: " + inUse);
      return 1;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    try (DoppelIndex target = open(detection.builder()); DoppelServer server = DoppelServer.start(target, options)) {
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        server.close();
        stopped.countDown();
      }));
      System.err.printf("doppel: serving %s on http://%s/ (%s)%n", index, ServerOptions.hostAndPort(host, server.port()),
          options.token() == null ? "no token: loopback only"
              // the token guards writes only: whoever reaches the port reads every indexed text
              : ServerOptions.isLoopback(host) ? "writes need the token"
              : "writes need the token; reads do not: anyone who can reach this address and port reads the indexed texts");
      stopped.await();
    }
    return 0;
  }

  /**
   * The index for reading and writing; where its folder holds an index but cannot be written (a read-only mount,
   * another user's files, a copy shipped to a reading machine), for queries only, said on standard error. It was
   * refused whole ("permission denied: INDEX/write.lock"), though {@code doppel query} reads such an index.
   */
  private DoppelIndex open(Doppel.Builder builder) throws IOException {
    try {
      return builder.openIndex(index);
    } catch (FileSystemException e) {
      if (!(e instanceof AccessDeniedException || String.valueOf(e.getReason()).contains("Read-only file system")) || !Files.isDirectory(index)) {
        throw e;
      }
      DoppelIndex readOnly;
      try {
        readOnly = builder.openIndexReadOnly(index);
      } catch (IOException | IllegalArgumentException notAnIndex) {
        throw e; // nothing to serve: the write refusal is what to fix
      }
      System.err.println("doppel: " + TerminalText.oneLine(index.toString()) + " cannot be written ("
          + (cannotWriteBecause(e)) + "): serving it for queries only; adding and removing "
          + "documents are refused (403) until it is served from a folder that can be written");
      return readOnly;
    }
  }

  /** "permission denied: INDEX/write.lock", "Read-only file system: INDEX/write.lock". */
  private static String cannotWriteBecause(FileSystemException e) {
    return TerminalText.oneLine((e instanceof AccessDeniedException ? "permission denied" : e.getReason()) + ": " + e.getFile());
  }
}
