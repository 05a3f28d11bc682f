package org.careroute.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ServerMemoryTest {

  private static final String PROC_STATUS =
      """
      Name:\tjava
      State:\tS (sleeping)
      VmPeak:\t 4210336 kB
      VmSize:\t 4145828 kB
      VmHWM:\t  803412 kB
      VmRSS:\t  655360 kB
      RssAnon:\t  600000 kB
      Threads:\t153
      """;

  @Test
  void residentSetIsReadFromVmRssAndItsPeakFromVmHwm() {
    ServerMemory.Resident resident = ServerMemory.residentOf(PROC_STATUS);

    assertThat(resident.rssKib()).isEqualTo(655360);
    assertThat(resident.peakKib()).isEqualTo(803412);
    assertThat(resident.rssMib()).isEqualTo(640);
    assertThat(resident.peakMib()).isEqualTo(784);
  }

  @Test
  void aStatusWithoutTheResidentLinesIsRefused() {
    assertThatThrownBy(() -> ServerMemory.residentOf("Name:\tjava\nVmPeak:\t 1 kB\n"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theListenerOnThePortIsFoundAmongOtherSockets() {
    String ss =
        """
        LISTEN 0      128    127.0.0.1:25672 0.0.0.0:* users:(("beam.smp",pid=2952,fd=17))
        LISTEN 0      128    127.0.0.1:18880 0.0.0.0:* users:(("java",pid=4711,fd=3))
        LISTEN 0      128    127.0.0.1:8880  0.0.0.0:* users:(("java",pid=24310,fd=512))
        """;

    assertThat(ServerMemory.listenerPid(ss, 8880)).isEqualTo(OptionalLong.of(24310));
  }

  @Test
  void aListenerOfAnotherUserShowsNoPidAndIsNotFound() {
    String ss = "LISTEN 0      128    127.0.0.1:8880  0.0.0.0:*\n";

    assertThat(ServerMemory.listenerPid(ss, 8880)).isEmpty();
  }

  @Test
  void heapInUseIsReadFromTheFirstHeapLineOfGcHeapInfo() {
    String heapInfo =
        """
        24310:
         garbage-first heap   total 393216K, used 211345K [0x00000000da800000, 0x0000000100000000)
          region size 1024K, 83 young (84992K), 6 survivors (6144K)
         Metaspace       used 187654K, committed 190464K, reserved 1245184K
        """;

    assertThat(ServerMemory.heapUsedKib(heapInfo)).isEqualTo(OptionalLong.of(211345));
  }
}
