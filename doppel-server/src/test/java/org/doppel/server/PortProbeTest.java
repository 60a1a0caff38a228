package org.doppel.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

class PortProbeTest {
  @Test
  void aPortAnotherProgramListensOnIsRefusedInOneLineAndAFreeOneIsNot() throws Exception {
    int free;
    try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
      assertThat(PortProbe.refusal("127.0.0.1", taken.getLocalPort()))
          .startsWith("cannot listen on 127.0.0.1:" + taken.getLocalPort() + ": ").contains("choose another --port");
      free = taken.getLocalPort();
    }
    assertThat(PortProbe.refusal("127.0.0.1", free)).isNull();
    assertThat(PortProbe.refusal("127.0.0.1", 0)).isNull();
  }
}
