package org.doppel.server;

/** A request the API refuses: its status and a message for the client (never a stack trace). */
final class ApiException extends RuntimeException {
  private final int status;

  ApiException(int status, String message) {
    super(message, null, false, false);
    this.status = status;
  }

  int status() {
    return status;
  }
}
