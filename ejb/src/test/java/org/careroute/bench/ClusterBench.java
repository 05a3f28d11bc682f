package org.careroute.bench;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.careroute.bench.ClusterBenchPractice.Client;

/**
 * {@code bin/bench cluster [--clients C] [--seconds S] [--solves N] [--node URL] [--balancer URL]}:
 * against a running {@code bin/cluster}, C parallel clients book for S seconds at one node, then
 * for S seconds through the balancer (every node), and it prints the booking requests answered per
 * second and the bookings made per second of each. Each client books in a clinic of its own, so
 * that the clinic lock (one booking at a time per clinic) does not hide what more nodes can do;
 * each phase has clinics of its own, so that the second does not meet clinics the first has filled.
 * Set up through the admin API with the demo admin, which node1 of bin/cluster loads.
 */
final class ClusterBench {

  record Options(
      int clients, int seconds, int solves, URI node, URI balancer, String admin, String password) {

    static Options parse(String[] args) {
      int clients = 8;
      int seconds = 20;
      int solves = 8;
      URI node = URI.create("http://localhost:8180/");
      URI balancer = URI.create("http://localhost:8080/");
      for (int i = 1; i < args.length; i++) {
        switch (args[i]) {
          case "--clients" -> clients = Integer.parseInt(args[++i]);
          case "--seconds" -> seconds = Integer.parseInt(args[++i]);
          case "--solves" -> solves = Integer.parseInt(args[++i]);
          case "--node" -> node = URI.create(args[++i]);
          case "--balancer" -> balancer = URI.create(args[++i]);
          default -> throw new IllegalArgumentException("unknown option " + args[i]);
        }
      }
      return new Options(
          clients, seconds, solves, node, balancer, "admin@careroute.example", "careroute-demo");
    }
  }

  private final Options options;
  private ClusterBenchPractice practice;

  private ClusterBench(Options options) {
    this.options = options;
  }

  static void run(Options options) throws IOException, InterruptedException {
    new ClusterBench(options).run();
  }

  private void run() throws IOException, InterruptedException {
    practice = new ClusterBenchPractice(options.balancer(), options.admin(), options.password());
    long treatment = practice.treatment();
    System.out.printf(
        "cluster bench: %d clients, %d s per phase; a request is one whole booking transaction"
            + " (201 booked, 409 no place left)%n",
        options.clients(), options.seconds());
    List<Client> oneNode = practice.clients(options.clients(), treatment);
    List<Client> everyNode = practice.clients(options.clients(), treatment);
    List<BookingLoad.Phase> phases = new ArrayList<>();
    phases.add(
        BookingLoad.run(
            practice, "one node " + options.node(), options.node(), oneNode, options.seconds()));
    phases.add(
        BookingLoad.run(
            practice,
            "every node, through " + options.balancer(),
            options.balancer(),
            everyNode,
            options.seconds()));
    System.out.println("phase\t" + BookingLoad.Phase.HEADING);
    for (BookingLoad.Phase phase : phases) {
      System.out.println(phase.row(options.seconds()));
    }
    if (options.solves() > 0) {
      new ClusterSolveBench(practice)
          .run(options.node(), options.balancer(), oneNode, everyNode, options.solves());
    }
  }
}
