package io.github.cchc.examples;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Debian's headless Chromium driven over the DevTools protocol, with nothing but the JDK's WebSocket
 * and Jackson: a page opened in one tab, commands sent to it, its events heard. The browser is
 * started as a probe of this machine starts it (no sandbox as root, no background networking, a
 * fresh profile), so that it asks the network for nothing of its own.
 */
final class Chromium implements AutoCloseable {
  /** Where Debian's package puts the browser; {@code CCHC_CHROMIUM} names another. */
  static Path executable() {
    Path path = Path.of(System.getenv().getOrDefault("CCHC_CHROMIUM", "/usr/bin/chromium"));
    if (!Files.isExecutable(path)) {
      throw new AssertionError("no browser at " + path + ": the report's browser tests need Debian's chromium; "
          + "bin/install-browser installs it (the README's test command runs it)");
    }
    return path;
  }

  /** The switches every start takes: headless, no sandbox (CI runs as root), nothing fetched in the background. */
  static List<String> switches(Path profile) {
    return List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-extensions",
        "--disable-default-apps", "--mute-audio", "--hide-scrollbars", "--user-data-dir=" + profile);
  }

  private static final ObjectMapper JSON = JsonMapper.builder().build();

  private final Process process;
  private final Path profile;
  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final List<Consumer<JsonNode>> listeners = new CopyOnWriteArrayList<>();

  private Chromium(Process process, Path profile, WebSocket socket) {
    this.process = process;
    this.profile = profile;
    this.socket = socket;
  }

  /** Starts the browser and connects to it. */
  static Chromium start() throws Exception {
    Path exe = executable();
    Path profile = Files.createTempDirectory("cchc-chromium-");
    List<String> command = new ArrayList<>();
    command.add(exe.toString());
    command.addAll(switches(profile));
    command.add("--remote-debugging-port=0");
    command.add("about:blank");
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(profile.resolveSibling(profile.getFileName() + ".log").toFile()).start();
    Path active = profile.resolve("DevToolsActivePort");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    List<String> lines = List.of();
    while (lines.size() < 2) {
      if (!process.isAlive()) {
        throw new AssertionError("chromium ended at start with code " + process.exitValue() + "; see "
            + profile.resolveSibling(profile.getFileName() + ".log"));
      }
      if (System.nanoTime() > deadline) {
        process.destroyForcibly();
        throw new AssertionError("chromium did not open its DevTools port within 60 s");
      }
      Thread.sleep(50);
      if (Files.exists(active)) {
        lines = Files.readAllLines(active);
      }
    }
    URI uri = URI.create("ws://127.0.0.1:" + lines.get(0).trim() + lines.get(1).trim());
    Chromium[] self = new Chromium[1];
    StringBuilder partial = new StringBuilder();
    WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(30))
        .buildAsync(uri, new WebSocket.Listener() {
          @Override
          public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
              String message = partial.toString();
              partial.setLength(0);
              self[0].receive(message);
            }
            ws.request(1);
            return null;
          }
        }).get(30, TimeUnit.SECONDS);
    self[0] = new Chromium(process, profile, socket);
    return self[0];
  }

  private void receive(String message) {
    JsonNode node = JSON.readTree(message);
    if (node.has("id")) {
      CompletableFuture<JsonNode> reply = pending.remove(node.get("id").asInt());
      if (reply != null) {
        if (node.has("error")) {
          reply.completeExceptionally(new AssertionError("DevTools: " + node.get("error")));
        } else {
          reply.complete(node.get("result"));
        }
      }
    } else {
      listeners.forEach(l -> l.accept(node));
    }
  }

  /** Sends a command, to a tab's session or to the browser, and waits for its result. */
  JsonNode send(String session, String method, Map<String, ?> params) {
    int id = ids.incrementAndGet();
    ObjectNode message = JSON.createObjectNode();
    message.put("id", id);
    message.put("method", method);
    message.set("params", JSON.valueToTree(params));
    if (session != null) {
      message.put("sessionId", session);
    }
    CompletableFuture<JsonNode> reply = new CompletableFuture<>();
    pending.put(id, reply);
    synchronized (socket) {
      socket.sendText(JSON.writeValueAsString(message), true).join();
    }
    try {
      return reply.get(60, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new AssertionError(method + " failed: " + e.getMessage(), e);
    }
  }

  /**
   * Sends a command without waiting for its result: what a listener sends, since the result would
   * come on the thread the listener holds.
   */
  void post(String session, String method, Map<String, ?> params) {
    ObjectNode message = JSON.createObjectNode();
    message.put("id", ids.incrementAndGet());
    message.put("method", method);
    message.set("params", JSON.valueToTree(params));
    message.put("sessionId", session);
    String text = JSON.writeValueAsString(message);
    synchronized (socket) {
      socket.sendText(text, true).join();
    }
  }

  /** Hears every event the browser sends. */
  void listen(Consumer<JsonNode> listener) {
    listeners.add(listener);
  }

  /** Opens a blank tab and returns its session. */
  String newTab() {
    String target = send(null, "Target.createTarget", Map.of("url", "about:blank")).get("targetId").asString();
    return send(null, "Target.attachToTarget", Map.of("targetId", target, "flatten", true)).get("sessionId").asString();
  }

  /** Runs a script in the tab and returns its value, as JSON. */
  JsonNode evaluate(String session, String expression) {
    JsonNode result = send(session, "Runtime.evaluate", Map.of("expression", expression, "returnByValue", true,
        "awaitPromise", true));
    if (result.has("exceptionDetails")) {
      throw new AssertionError("the page's script failed: " + result.get("exceptionDetails"));
    }
    return result.get("result").path("value");
  }

  @Override
  public void close() throws IOException, InterruptedException {
    try {
      socket.sendClose(WebSocket.NORMAL_CLOSURE, "").get(5, TimeUnit.SECONDS);
    } catch (Exception e) {
      // The browser is ended below either way.
    }
    // The browser's helpers (zygote, renderers) write to the profile until they end too.
    List<ProcessHandle> helpers = process.descendants().toList();
    process.destroy();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
    for (ProcessHandle helper : helpers) {
      helper.destroy();
      try {
        helper.onExit().get(10, TimeUnit.SECONDS);
      } catch (Exception e) {
        helper.destroyForcibly();
      }
    }
    delete(profile);
  }

  /** Deletes a directory and what it holds; a file that goes while it is walked is gone all the same. */
  static void delete(Path dir) throws IOException {
    for (int attempt = 0; Files.exists(dir); attempt++) {
      try (Stream<Path> walk = Files.walk(dir)) {
        for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      } catch (java.io.UncheckedIOException | java.nio.file.DirectoryNotEmptyException e) {
        if (attempt == 5) {
          throw e;
        }
      }
    }
  }
}
