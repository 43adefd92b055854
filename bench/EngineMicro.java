import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.w3id.kzlabour.query.QueryRunner;
import org.w3id.kzlabour.query.ResultFormat;
import org.w3id.kzlabour.query.ServicePolicy;
import org.w3id.kzlabour.store.FileDataset;

/**
 * The engine alone, in process: loads an N-Triples file into the served store (or, with --graphmem,
 * into Jena's GraphMem as before issue 15), runs each query of the given folders through QueryRunner
 * (SPARQL JSON into memory) and prints the median time and the rows.
 *
 * usage: java -cp target/kz-labour-kg.jar bench/EngineMicro.java DATA.nt ROUNDS [--graphmem] QUERY_DIR...
 */
public class EngineMicro {
  public static void main(String[] args) throws Exception {
    Path data = Path.of(args[0]);
    int rounds = Integer.parseInt(args[1]);
    boolean graphMem = Arrays.asList(args).contains("--graphmem");
    List<Path> queries = new ArrayList<>();
    for (int i = 2; i < args.length; i++) {
      if (args[i].startsWith("--")) continue;
      try (Stream<Path> files = Files.list(Path.of(args[i]))) {
        files.filter(f -> f.toString().endsWith(".rq")).sorted().forEach(queries::add);
      }
    }
    long t0 = System.nanoTime();
    DatasetGraph dsg;
    if (graphMem) {
      dsg = DatasetGraphFactory.create();
      RDFParser.source(data.toString()).parse(dsg);
    } else {
      dsg = FileDataset.load(List.of(data));
    }
    System.gc();
    Runtime rt = Runtime.getRuntime();
    System.out.printf(Locale.ROOT, "loaded %,d triples in %.2f s, heap used after GC %,d MiB (%s)%n", dsg.getDefaultGraph().size(),
        (System.nanoTime() - t0) / 1e9, (rt.totalMemory() - rt.freeMemory()) >> 20, graphMem ? "GraphMem" : "CompactGraph");
    QueryRunner runner = new QueryRunner(dsg, false, ServicePolicy.refuseAll());
    for (Path file : queries) {
      String name = file.getFileName().toString().replace(".rq", "");
      Query query = QueryFactory.create(Files.readString(file));
      ResultFormat format = query.isDescribeType() || query.isConstructType() ? ResultFormat.NTRIPLES : ResultFormat.JSON;
      double[] ms = new double[rounds];
      byte[] last = null;
      for (int r = 0; r < rounds; r++) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long s = System.nanoTime();
        runner.run(query, format, 0, List.of(), List.of(), out);
        ms[r] = (System.nanoTime() - s) / 1e6;
        last = out.toByteArray();
      }
      double[] sorted = ms.clone();
      Arrays.sort(sorted);
      System.out.printf(Locale.ROOT, "%-24s median %8.2f ms  min %8.2f  rows %s%n", name, sorted[rounds / 2], sorted[0], rows(format, last));
    }
  }

  private static String rows(ResultFormat format, byte[] body) {
    String text = new String(body, java.nio.charset.StandardCharsets.UTF_8);
    if (format == ResultFormat.NTRIPLES)
      return Long.toString(text.lines().filter(l -> !l.isBlank()).count());
    JsonObject json = JSON.parse(text);
    return json.hasKey("results") ? Integer.toString(json.get("results").getAsObject().get("bindings").getAsArray().size()) : json.get("boolean").toString();
  }
}
