import java.util.List;
import org.w3id.kzlabour.query.*;
/** Time of one Accept negotiation: java -cp target/kz-labour-kg.jar bench/AcceptMicro.java */
public class AcceptMicro {
  public static void main(String[] a) {
    String[] headers = {"application/sparql-results+json,application/sparql-results+xml;q=0.9,text/csv;charset=utf-8;q=0.5,*/*;q=0.1",
       "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "application/sparql-results+json", "*/*"};
    long sink = 0;
    for (int round = 0; round < 5; round++) {
      long t0 = System.nanoTime();
      int n = 200_000;
      for (int i = 0; i < n; i++)
        sink += ContentNegotiation.choose(ResultFormat.Kind.ROWS, null, headers[i & 3]).ordinal();
      long t1 = System.nanoTime();
      System.out.printf("round %d: %.0f ns per choose%n", round, (t1 - t0) / (double) n);
    }
    System.out.println(sink);
  }
}
