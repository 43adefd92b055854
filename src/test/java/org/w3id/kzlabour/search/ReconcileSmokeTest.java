package org.w3id.kzlabour.search;

import org.junit.jupiter.api.Test;

class ReconcileSmokeTest {
    @Test
    void smoke() throws Exception {
        try (ReconcileServer s = ReconcileServer.start()) {
            System.out.println(s.get("/reconcile").body());
            String q = "{\"q0\":{\"query\":\"Жанаозен\",\"type\":\"Place\"},\"q1\":{\"query\":\"Janaozen\"},\"q2\":{\"query\":\"KMG\"},\"q3\":{\"query\":\"Mangistau\",\"limit\":3},"
                + "\"q4\":{\"query\":\"Atle Hoie\",\"type\":\"Person\",\"properties\":[{\"pid\":\"organisation\",\"v\":\"IndustriALL\"}]},"
                + "\"q5\":{\"query\":\"Almaty branch\",\"properties\":[{\"pid\":\"city\",\"v\":\"Almaty\"}]},\"q6\":{\"query\":\"Zhanaozen\",\"limit\":\"x\"},\"q7\":{\"query\":\"Zhanaozenn\"}}";
            System.out.println(s.postForm("/reconcile", "queries=" + ReconcileServer.encode(q)).body());
            System.out.println(s.get("/reconcile/properties?type=Event").body());
            System.out.println(s.get("/reconcile?extend=" + ReconcileServer.encode("{\"ids\":[\"place/zhanaozen\",\"event/wos-strike-2023\",\"nope\"],\"properties\":[{\"id\":\"region\"},{\"id\":\"wikidata\"},{\"id\":\"startDate\"},{\"id\":\"startDatePrecision\"},{\"id\":\"participantCount\"},{\"id\":\"participantCountSource\"},{\"id\":\"source\"}]}")).body());
            System.out.println(s.get("/reconcile/suggest/entity?prefix=Zhan").body());
            System.out.println(s.get("/reconcile/suggest/type?prefix=uni").body());
            System.out.println(s.get("/reconcile/suggest/property?prefix=reg").body());
            System.out.println(s.get("/reconcile/preview?id=place/zhanaozen").body());
        }
    }
}
