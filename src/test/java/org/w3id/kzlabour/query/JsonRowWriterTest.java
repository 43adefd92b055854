package org.w3id.kzlabour.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.resultset.ResultSetCompare;
import org.junit.jupiter.api.Test;

/** Our streaming JSON means the same as Jena's writer, on awkward values. */
class JsonRowWriterTest {

    private static final String DATA = """
            @prefix ex: <https://w3id.org/kz-labour/id/test/> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            ex:a ex:p "plain", "quote \\" backslash \\\\ newline \\n tab \\t cr \\r bell \\u0007", "Жаңаөзен"@kk,
                      "Kazakhstan"@en-GB, "18960.50"^^xsd:decimal, "2023-12-11"^^xsd:date, [ ex:q ex:b ], ex:b, "😀" .
            ex:c ex:p ex:a .
            """;

    @Test
    void sameResultsAsJenasWriter() {
        DatasetGraph dsg = DatasetGraphFactory.create();
        RDFParser.fromString(DATA, Lang.TURTLE).parse(dsg);
        Query query = QueryFactory.create("SELECT ?s ?o ?missing WHERE { ?s ?p ?o OPTIONAL { ?o ?nothing ?missing } } ORDER BY ?s ?o");
        ByteArrayOutputStream ours = new ByteArrayOutputStream();
        JsonRowWriter.write(ours, QueryExec.dataset(dsg).query(query).build().select());
        ResultSetRewindable expected = ResultSetFactory.makeRewindable(
                org.apache.jena.query.QueryExecutionFactory.create(query, org.apache.jena.query.DatasetFactory.wrap(dsg)).execSelect());
        ResultSet actual = ResultSetMgr.read(new ByteArrayInputStream(ours.toByteArray()), ResultSetLang.RS_JSON);
        ResultSetRewindable actualRows = ResultSetFactory.makeRewindable(actual);
        assertEquals(expected.size(), actualRows.size());
        assertEquals(expected.getResultVars(), actualRows.getResultVars());
        expected.reset();
        actualRows.reset();
        assertTrue(ResultSetCompare.equalsByTerm(expected, actualRows), ours.toString());
    }

    @Test
    void askAnswer() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonRowWriter.write(out, true);
        assertTrue(ResultSetMgr.readBoolean(new ByteArrayInputStream(out.toByteArray()), ResultSetLang.RS_JSON));
    }
}
