package org.w3id.kzlabour.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.syntax.ElementBind;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;

/**
 * Decides whether a query may use {@code SERVICE} (federated query).
 *
 * <p>Stock Fuseki lets any anonymous client make the server fetch any URL, a server-side request
 * forgery hole on a public endpoint. Here SERVICE is refused unless the operator names the remote
 * endpoints allowed; a SERVICE whose endpoint is a variable is always refused.
 */
public final class ServicePolicy {

    private final Set<String> allowedEndpoints;
    private final ServiceLimits limits;
    private final ServiceExecutorRegistry registry;

    private ServicePolicy(Set<String> allowedEndpoints, ServiceLimits limits) {
        this.allowedEndpoints = Set.copyOf(allowedEndpoints);
        this.limits = limits;
        this.registry = guardedRegistry(this.allowedEndpoints, limits);
    }

    /** No SERVICE at all: the default. */
    public static ServicePolicy refuseAll() {
        return new ServicePolicy(Set.of(), ServiceLimits.defaults());
    }

    /** SERVICE only to these endpoint IRIs, compared exactly, with the default {@link ServiceLimits}. */
    public static ServicePolicy allowOnly(Set<String> endpoints) {
        return allowOnly(endpoints, ServiceLimits.defaults());
    }

    /** SERVICE only to these endpoint IRIs, compared exactly, each call within {@code limits}. */
    public static ServicePolicy allowOnly(Set<String> endpoints, ServiceLimits limits) {
        return new ServicePolicy(endpoints, limits);
    }

    public ServiceLimits limits() {
        return limits;
    }

    /** True when the query names a SERVICE anywhere (its answer then depends on a remote endpoint). */
    public static boolean callsService(Query query) {
        return !serviceEndpoints(query).isEmpty();
    }

    /** True when some SERVICE may run; the engine's own switch follows this. */
    public boolean anyAllowed() {
        return !allowedEndpoints.isEmpty();
    }

    public Set<String> allowedEndpoints() {
        return allowedEndpoints;
    }

    /** Throws {@link QueryRejectedException} when the query calls an endpoint that is not allowed. */
    public void check(Query query) {
        for (Node endpoint : serviceEndpoints(query)) {
            if (allowedEndpoints.isEmpty())
                throw new QueryRejectedException("SERVICE (federated query) is disabled on this endpoint");
            if (!endpoint.isURI() || !allowedEndpoints.contains(endpoint.getURI()))
                throw new QueryRejectedException("SERVICE endpoint not allowed: " + endpoint);
        }
    }

    /**
     * The engine's service registry: every SERVICE call, including those the syntax check cannot
     * see (inside EXISTS, or with an endpoint bound at run time), is checked against the allow-list
     * before any connection is made, and then made by {@link LimitedServiceExecutor}, the only
     * executor in the chain (Jena's unbounded HTTP executor is not in it).
     */
    public ServiceExecutorRegistry guardedRegistry() {
        return registry;
    }

    private static ServiceExecutorRegistry guardedRegistry(Set<String> allowedEndpoints, ServiceLimits limits) {
        ServiceExecutorRegistry registry = new ServiceExecutorRegistry();
        registry.add(new LimitedServiceExecutor(limits));
        registry.addSingleLink((opExecute, opOriginal, binding, execCxt, chain) -> {
            Node endpoint = opExecute.getService();
            if (endpoint == null || !endpoint.isURI() || !allowedEndpoints.contains(endpoint.getURI()))
                throw new QueryDeniedException("SERVICE endpoint not allowed: " + endpoint);
            return chain.createExecution(opExecute, opOriginal, binding, execCxt);
        });
        return registry;
    }

    private static List<Node> serviceEndpoints(Query query) {
        List<Node> endpoints = new ArrayList<>();
        collect(query, endpoints);
        return endpoints;
    }

    private static void collect(Query query, List<Node> endpoints) {
        if (query.getQueryPattern() == null)
            return;
        ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementService service) {
                endpoints.add(service.getServiceNode());
            }
            @Override
            public void visit(ElementSubQuery subQuery) {
                collect(subQuery.getQuery(), endpoints);
            }
            @Override
            public void visit(ElementFilter filter) {
                collect(filter.getExpr(), endpoints);
            }
            @Override
            public void visit(ElementBind bind) {
                collect(bind.getExpr(), endpoints);
            }
        });
        if (query.hasHaving())
            query.getHavingExprs().forEach(expr -> collect(expr, endpoints));
        if (query.hasOrderBy())
            query.getOrderBy().forEach(condition -> collect(condition.getExpression(), endpoints));
        query.getProject().getExprs().values().forEach(expr -> collect(expr, endpoints));
    }

    /** SERVICE inside EXISTS / NOT EXISTS of an expression. */
    private static void collect(Expr expr, List<Node> endpoints) {
        Walker.walk(expr, new ExprVisitorBase() {
            @Override
            public void visit(ExprFunctionOp function) {
                if (function.getElement() != null) {
                    Query wrapper = new Query();
                    wrapper.setQueryPattern(function.getElement());
                    collect(wrapper, endpoints);
                }
            }
        });
    }
}
