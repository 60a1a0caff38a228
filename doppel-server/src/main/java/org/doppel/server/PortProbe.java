package org.doppel.server;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import org.jspecify.annotations.Nullable;

/**
 * Whether {@code serve} can listen where it is asked, tried before anything else starts: a port another program holds
 * ended the run with Javalin's stack trace, after an index had been made in a new folder for nothing.
 */
public final class PortProbe {
  private PortProbe() {}

  /** Null when {@code host:port} can be bound now; else what stands in the way, in one line. Port 0 always can. */
  public static @Nullable String refusal(String host, int port) {
    if (port == 0) {
      return null;
    }
    try (ServerSocket probe = new ServerSocket()) {
      probe.setReuseAddress(true); // as Jetty binds: a port left in TIME_WAIT by a server just stopped is free
      probe.bind(new InetSocketAddress(InetAddress.getByName(host), port));
      return null;
    } catch (IOException e) {
      boolean taken = e.getMessage() != null && e.getMessage().contains("in use");
      return "cannot listen on " + ServerOptions.hostAndPort(host, port) + ": " + e.getMessage()
          + (taken ? " (another program, perhaps another doppel serve, holds it: stop it or choose another --port)" : "");
    }
  }
}
