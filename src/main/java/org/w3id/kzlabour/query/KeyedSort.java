package org.w3id.kzlabour.query;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

import javax.xml.datatype.DatatypeConstants;
import javax.xml.datatype.XMLGregorianCalendar;

import org.apache.jena.atlas.io.IndentedWriter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Query;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingComparator;
import org.apache.jena.sparql.engine.iterator.QueryIter1;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.VariableNotBoundException;
import org.apache.jena.sparql.serializer.SerializationContext;

/**
 * ORDER BY that evaluates each sort key once per row instead of twice per comparison, and compares
 * integers and dates (without time zone) as longs: the same order as ARQ's {@code QueryIterSort}
 * with its {@link BindingComparator} (same key evaluation, same comparison, same tie-break), at a
 * fraction of the work for a sort of many rows (a full sort of 50,000 rows makes about 800,000
 * comparisons, each of which evaluated two keys and compared two values through ARQ's value spaces).
 *
 * <p>Rows are read on the first call, so time-outs and cancellation reach the input as for any
 * ARQ iterator while it is being read.
 */
final class KeyedSort extends QueryIter1 {

    private final List<SortCondition> conditions;
    private Iterator<Binding> sorted;

    KeyedSort(QueryIterator input, List<SortCondition> conditions, ExecutionContext context) {
        super(input, context);
        this.conditions = conditions;
    }

    @Override
    protected boolean hasNextBinding() {
        if (sorted == null)
            sorted = sort().iterator();
        return sorted.hasNext();
    }

    @Override
    protected Binding moveToNextBinding() {
        return sorted.next();
    }

    private List<Binding> sort() {
        List<Binding> rows = new ArrayList<>();
        QueryIterator input = getInput();
        while (input.hasNext())
            rows.add(input.nextBinding());
        int n = rows.size();
        int k = conditions.size();
        NodeValue[][] values = new NodeValue[k][n];
        long[][] fast = new long[k][];
        for (int c = 0; c < k; c++) {
            for (int i = 0; i < n; i++)
                values[c][i] = key(conditions.get(c), rows.get(i));
            fast[c] = asLongs(values[c]);
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++)
            order[i] = i;
        Arrays.sort(order, (a, b) -> {
            for (int c = 0; c < k; c++) {
                int x;
                if (fast[c] != null && fast[c][a] != fast[c][b])
                    x = Long.compare(fast[c][a], fast[c][b]);
                else
                    x = BindingComparator.compareNodesRaw(values[c][a], values[c][b]);
                if (x != 0)
                    return conditions.get(c).getDirection() == Query.ORDER_DESCENDING ? -x : x;
            }
            return BindingComparator.compareBindingsSyntactic(rows.get(a), rows.get(b));
        });
        List<Binding> result = new ArrayList<>(n);
        for (Integer i : order)
            result.add(rows.get(i));
        return result;
    }

    /** The key of one row as ARQ's comparator computes it: unbound or an evaluation error is no value (sorts first). */
    private NodeValue key(SortCondition condition, Binding row) {
        try {
            return condition.getExpression().eval(row, getExecContext());
        } catch (VariableNotBoundException ex) {
            return null;
        } catch (ExprEvalException ex) {
            return null;
        }
    }

    /**
     * Longs that order the column exactly as ARQ's value comparison does when they differ (equal longs
     * are compared by ARQ): when every row has an integer that fits, or every row an {@code xsd:date}
     * without time zone in years 1-9999; otherwise null.
     */
    static long[] asLongs(NodeValue[] column) {
        long[] keys = new long[column.length];
        boolean integers = true;
        boolean dates = true;
        for (int i = 0; i < column.length && (integers || dates); i++) {
            NodeValue v = column[i];
            if (v == null)
                return null;
            if (integers && v.isInteger()) {
                BigInteger value = v.getInteger();
                if (value.bitLength() < 63) {
                    keys[i] = value.longValue();
                    dates = false;
                    continue;
                }
            }
            integers = false;
            if (dates && v.isDate() && XSDDatatype.XSDdate.getURI().equals(v.asNode().getLiteralDatatypeURI())) {
                XMLGregorianCalendar date = v.getDateTime();
                int year = date.getYear();
                if (date.getTimezone() == DatatypeConstants.FIELD_UNDEFINED && year >= 1 && year <= 9999 && date.getEon() == null) {
                    keys[i] = year * 10_000L + date.getMonth() * 100L + date.getDay();
                    continue;
                }
            }
            dates = false;
        }
        return integers || dates ? keys : null;
    }

    @Override
    protected void requestSubCancel() {}

    @Override
    protected void closeSubIterator() {
        sorted = null;
    }

    @Override
    protected void details(IndentedWriter out, SerializationContext context) {
        out.print("KeyedSort " + conditions);
    }
}
