package org.doppel.server;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.function.BooleanSupplier;

/**
 * What every request passes before its route: the page's security headers, a loopback host on a loopback server (no
 * DNS rebinding), the token on writes, no write to a read-only index, and the body limit as Content-Length states it.
 */
final class RequestGuard {
  /** The page's policy: its own script, style and API only; nothing inline, nothing from elsewhere. */
  static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
      + "img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
  private final ServerOptions options;
  private final boolean loopback;
  private final BooleanSupplier readOnly;

  /** @param readOnly whether the index is open for queries only, asked of every write, which is then refused */
  RequestGuard(ServerOptions options, BooleanSupplier readOnly) {
    this.options = options;
    this.loopback = ServerOptions.isLoopback(options.host());
    this.readOnly = readOnly;
  }

  void check(Context ctx) {
    ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("Cache-Control", "no-store");
    if (loopback && !loopbackHost(ctx.header("Host"))) {
      throw new ApiException(403, "this server answers only requests addressed to a loopback host");
    }
    String method = ctx.method().name();
    boolean write = method.equals("POST") && !ctx.path().equals("/api/query") || method.equals("DELETE") || method.equals("PUT");
    if (write && options.token() != null && !tokenMatches(ctx.header("Authorization"))) {
      throw new ApiException(401, "this request changes the index: send Authorization: Bearer <token>");
    }
    if (write && readOnly.getAsBoolean()) {
      // a read-only folder (doppel serve said so as it started): the write threw "opened read-only" inside, a 500
      throw new ApiException(403, "this server's index is open for queries only (its folder could not be written when doppel "
          + "serve started): add or remove documents where the folder can be written, then restart doppel serve");
    }
    long length = ctx.req().getContentLengthLong();
    if (length > options.maxBodyBytes()) {
      throw new ApiException(413, "request body of " + length + " bytes is over the limit of " + options.maxBodyBytes());
    }
  }

  private static boolean loopbackHost(String host) {
    if (host == null) {
      return false;
    }
    String name = host.toLowerCase(Locale.ROOT);
    if (name.startsWith("[")) {
      return name.startsWith("[::1]");
    }
    int colon = name.indexOf(':');
    name = colon < 0 ? name : name.substring(0, colon);
    return name.equals("localhost") || name.equals("127.0.0.1");
  }

  private boolean tokenMatches(String authorization) {
    if (authorization == null || !authorization.startsWith("Bearer ")) {
      return false;
    }
    byte[] given = authorization.substring(7).strip().getBytes(StandardCharsets.UTF_8);
    return MessageDigest.isEqual(given, options.token().getBytes(StandardCharsets.UTF_8));
  }
}
