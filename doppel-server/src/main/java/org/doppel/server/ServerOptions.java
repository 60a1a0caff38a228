package org.doppel.server;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * How {@code doppel serve} listens.
 *
 * @param host the address to bind; anything but a loopback address needs a token
 * @param port the port, 0 for any free one
 * @param token the secret every write request must carry as {@code Authorization: Bearer TOKEN},
 *     or null (loopback only) for none
 * @param maxBodyBytes request bodies over this get 413
 */
public record ServerOptions(String host, int port, String token, long maxBodyBytes) {
  public static final long DEFAULT_MAX_BODY_BYTES = 20L << 20;

  public ServerOptions {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be in 0..65535, got " + port);
    }
    if (maxBodyBytes < 1) {
      throw new IllegalArgumentException("maxBodyBytes must be >= 1, got " + maxBodyBytes);
    }
    if (token != null && token.isBlank()) {
      token = null;
    }
    if (token == null && !isLoopback(host)) {
      throw new IllegalArgumentException("binding " + host + " (not a loopback address) needs --token or DOPPEL_TOKEN");
    }
  }

  public static ServerOptions loopback(int port) {
    return new ServerOptions("127.0.0.1", port, null, DEFAULT_MAX_BODY_BYTES);
  }

  public ServerOptions withToken(String value) {
    return new ServerOptions(host, port, value, maxBodyBytes);
  }

  public ServerOptions withMaxBodyBytes(long value) {
    return new ServerOptions(host, port, token, value);
  }

  /** {@code host} and {@code port} as a URL writes them: an IPv6 address in brackets ("[::1]:8080"). */
  public static String hostAndPort(String host, int port) {
    return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
  }

  /** Whether {@code host} names only this machine; a name is resolved, and every address it has must be loopback. */
  public static boolean isLoopback(String host) {
    try {
      InetAddress[] addresses = InetAddress.getAllByName(host);
      for (InetAddress address : addresses) {
        if (!address.isLoopbackAddress()) {
          return false;
        }
      }
      return addresses.length > 0;
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("unknown host " + host, e);
    }
  }
}
