package example.boot4;

import io.github.cchc.model.Plan;
import io.github.cchc.model.json.JsonFormatException;
import io.github.cchc.rules.CheckReport;
import io.github.cchc.rules.RuleSet;
import io.github.cchc.model.Agency;
import io.github.cchc.model.AgencyDirectory;
import io.github.cchc.model.AgencyKind;
import io.github.cchc.model.AgencyLevel;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A Spring Boot 4 service as a team would write it: Boot's own JsonMapper, which finds cchc's Jackson 3 modules by itself. */
@SpringBootApplication
@RestController
public class PlanApplication {
  private final Map<String, Plan> plans = new ConcurrentHashMap<>();

  public static void main(String[] args) {
    SpringApplication.run(PlanApplication.class, args);
  }

  /** The service's agency directory; Boot's validator factory hands it to every @KnownAgency check. */
  @Bean
  Supplier<AgencyDirectory> agencies() {
    AgencyDirectory directory = AgencyDirectory.of(List.of(
        Agency.of("hp", "Ủy ban nhân dân thành phố Hải Phòng", AgencyLevel.PROVINCE, AgencyKind.PEOPLES_COMMITTEE),
        Agency.of("hp.snv", "Sở Nội vụ", AgencyLevel.PROVINCE, AgencyKind.DEPARTMENT)), List.of());
    return () -> directory;
  }

  @PostMapping("/tasks")
  ResponseEntity<TaskRequest> task(@Valid @RequestBody TaskRequest task) {
    return ResponseEntity.ok(task);
  }

  /** Each refused field with its message, in the language the request asked for. */
  @ExceptionHandler(MethodArgumentNotValidException.class)
  ResponseEntity<Map<String, String>> invalid(MethodArgumentNotValidException e) {
    Map<String, String> fields = new TreeMap<>();
    e.getBindingResult().getFieldErrors().forEach(f -> fields.put(f.getField(), f.getDefaultMessage()));
    return ResponseEntity.badRequest().body(fields);
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
