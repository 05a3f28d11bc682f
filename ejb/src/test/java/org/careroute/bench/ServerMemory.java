package org.careroute.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The memory of a running server's JVM as the operating system and the JVM report it: resident set
 * now and at its peak ({@code VmRSS}, {@code VmHWM} of {@code /proc/PID/status}) and, through
 * {@code jcmd PID GC.heap_info}, the heap in use. The process is named by its pid or found as the
 * one listening on the server's HTTP port ({@code ss -ltnp}).
 */
final class ServerMemory {

  /** Resident memory in KiB: now, and the most the process ever held. */
  record Resident(long rssKib, long peakKib) {

    long rssMib() {
      return rssKib / 1024;
    }

    long peakMib() {
      return peakKib / 1024;
    }
  }

  private static final Pattern STATUS_LINE = Pattern.compile("(?m)^(VmRSS|VmHWM):\\s+(\\d+) kB$");
  private static final Pattern LISTENER_PID = Pattern.compile("pid=(\\d+)");
  private static final Pattern HEAP_USED = Pattern.compile("\\bheap\\b.*?\\bused (\\d+)K");

  private final long pid;

  ServerMemory(long pid) {
    this.pid = pid;
  }

  long pid() {
    return pid;
  }

  /** The server JVM that listens on {@code port}, found with {@code ss}. */
  static ServerMemory listeningOn(int port) {
    String sockets = output("ss", "-ltnpH", "sport = :" + port);
    return new ServerMemory(
        listenerPid(sockets, port)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "no process of this user listens on port "
                            + port
                            + "; give the server's pid with --pid")));
  }

  Resident resident() {
    try {
      return residentOf(Files.readString(Path.of("/proc", Long.toString(pid), "status")));
    } catch (IOException e) {
      throw new UncheckedIOException("reading the status of process " + pid, e);
    }
  }

  /** The heap in use in KiB, when {@code jcmd} can ask the JVM (same user, JDK tools present). */
  OptionalLong heapUsedKib() {
    try {
      return heapUsedKib(output("jcmd", Long.toString(pid), "GC.heap_info"));
    } catch (IllegalStateException unavailable) {
      return OptionalLong.empty();
    }
  }

  static Resident residentOf(String procStatus) {
    long rss = -1;
    long peak = -1;
    Matcher line = STATUS_LINE.matcher(procStatus);
    while (line.find()) {
      long kib = Long.parseLong(line.group(2));
      if (line.group(1).equals("VmRSS")) {
        rss = kib;
      } else {
        peak = kib;
      }
    }
    if (rss < 0 || peak < 0) {
      throw new IllegalArgumentException("no VmRSS and VmHWM lines in the process status");
    }
    return new Resident(rss, peak);
  }

  /** The pid of the process {@code ss -ltnp} shows listening on the port, if it may see it. */
  static OptionalLong listenerPid(String ssOutput, int port) {
    for (String line : ssOutput.split("\n")) {
      String[] columns = line.trim().split("\\s+");
      boolean listening = columns.length >= 4 && columns[0].equals("LISTEN");
      if (listening && columns[3].endsWith(":" + port)) {
        Matcher pid = LISTENER_PID.matcher(line);
        if (pid.find()) {
          return OptionalLong.of(Long.parseLong(pid.group(1)));
        }
      }
    }
    return OptionalLong.empty();
  }

  static OptionalLong heapUsedKib(String heapInfo) {
    Matcher used = HEAP_USED.matcher(heapInfo);
    return used.find() ? OptionalLong.of(Long.parseLong(used.group(1))) : OptionalLong.empty();
  }

  private static String output(String... command) {
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new IllegalStateException(String.join(" ", command) + " failed: " + out.strip());
      }
      return out;
    } catch (IOException e) {
      throw new IllegalStateException(String.join(" ", command) + " could not run", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
