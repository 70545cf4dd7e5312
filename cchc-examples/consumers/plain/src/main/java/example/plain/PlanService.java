package example.plain;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.cchc.model.Plan;
import io.github.cchc.rules.CheckReport;
import io.github.cchc.rules.RuleSet;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** A service as a team would write it: its own mapper, cchc's modules found on the class path. */
public final class PlanService implements AutoCloseable {
  private final JsonMapper mapper = JsonMapper.builder().findAndAddModules().enable(SerializationFeature.INDENT_OUTPUT).build();
  private final Map<String, Plan> plans = new ConcurrentHashMap<>();
  private final HttpServer server;

  public PlanService(int port) throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
    server.createContext("/plans", this::handle);
    server.start();
  }

  public int port() {
    return server.getAddress().getPort();
  }

  private void handle(HttpExchange exchange) throws IOException {
    String[] path = exchange.getRequestURI().getPath().split("/");
    try {
      if (exchange.getRequestMethod().equals("POST") && path.length == 2) {
        Plan plan = mapper.readValue(exchange.getRequestBody().readAllBytes(), Plan.class);
        plans.put(plan.id(), plan);
        answer(exchange, 201, mapper.writeValueAsBytes(Map.of("id", plan.id())));
      } else if (exchange.getRequestMethod().equals("GET") && path.length == 4 && path[3].equals("findings")
          && plans.containsKey(path[2])) {
        CheckReport report = RuleSet.builtIn().check(plans.get(path[2]));
        answer(exchange, 200, mapper.writeValueAsBytes(report));
      } else if (exchange.getRequestMethod().equals("GET") && path.length == 3 && plans.containsKey(path[2])) {
        answer(exchange, 200, mapper.writeValueAsBytes(plans.get(path[2])));
      } else {
        answer(exchange, 404, new byte[0]);
      }
    } catch (JacksonException e) {
      answer(exchange, 400, String.valueOf(e.getCause() != null ? e.getCause().getMessage() : e.getOriginalMessage())
          .getBytes(StandardCharsets.UTF_8));
    }
  }

  private static void answer(HttpExchange exchange, int status, byte[] body) throws IOException {
    exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
