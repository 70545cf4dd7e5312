package example.boot3;

import com.fasterxml.jackson.databind.Module;
import io.github.cchc.model.Plan;
import io.github.cchc.model.json.CchcJackson2Module;
import io.github.cchc.model.json.JsonFormatException;
import io.github.cchc.rules.CheckReport;
import io.github.cchc.rules.RuleSet;
import io.github.cchc.rules.report.CchcRulesJackson2Module;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A Spring Boot 3 service as a team would write it: Boot's own ObjectMapper, cchc's two Jackson 2 modules as beans. */
@SpringBootApplication
@RestController
public class PlanApplication {
  private final Map<String, Plan> plans = new ConcurrentHashMap<>();

  public static void main(String[] args) {
    SpringApplication.run(PlanApplication.class, args);
  }

  @Bean
  Module cchcModel() {
    return new CchcJackson2Module();
  }

  @Bean
  Module cchcRules() {
    return new CchcRulesJackson2Module();
  }

  @PostMapping("/plans")
  ResponseEntity<Map<String, String>> post(@RequestBody Plan plan) {
    plans.put(plan.id(), plan);
    return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", plan.id()));
  }

  @GetMapping("/plans/{id}")
  ResponseEntity<Plan> get(@PathVariable String id) {
    return ResponseEntity.of(Optional.ofNullable(plans.get(id)));
  }

  @GetMapping("/plans/{id}/findings")
  ResponseEntity<CheckReport> findings(@PathVariable String id) {
    return ResponseEntity.of(Optional.ofNullable(plans.get(id)).map(RuleSet.builtIn()::check));
  }

  /** cchc's own message, naming the JSON Pointer of the refused value, rather than Jackson's. */
  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<String> refused(HttpMessageNotReadableException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof JsonFormatException f) {
        return ResponseEntity.badRequest().body(f.getMessage());
      }
    }
    return ResponseEntity.badRequest().body(String.valueOf(e.getMostSpecificCause().getMessage()));
  }
}
