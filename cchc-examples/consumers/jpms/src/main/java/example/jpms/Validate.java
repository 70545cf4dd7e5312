package example.jpms;

import example.jpms.directory.Agencies;
import example.jpms.hidden.HiddenAgencies;
import io.github.cchc.model.validation.KnownAgency;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.ValidatorFactory;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Validates a lead agency id against a directory named by class, once in an exported package and
 * once in a hidden one, and prints the violations, then what went wrong with the hidden one.
 */
public final class Validate {
  private Validate() {}

  /** A request whose directory is exported to cchc. */
  public static final class Request {
    private final String lead;

    Request(String lead) {
      this.lead = lead;
    }

    @KnownAgency(directory = Agencies.class)
    public String getLead() {
      return lead;
    }
  }

  /** A request whose directory cchc cannot reach. */
  public static final class HiddenRequest {
    @KnownAgency(directory = HiddenAgencies.class)
    public String getLead() {
      return "hp.snv";
    }
  }

  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    try (ValidatorFactory factory = Validation.byProvider(HibernateValidator.class).configure()
        .messageInterpolator(new ParameterMessageInterpolator(Set.of(Locale.ENGLISH), Locale.ENGLISH, false))
        .buildValidatorFactory()) {
      for (String lead : args) {
        Set<String> messages = new TreeSet<>();
        for (ConstraintViolation<Request> v : factory.getValidator().validate(new Request(lead))) {
          messages.add(v.getPropertyPath() + " " + v.getMessage());
        }
        out.println(lead + ": " + (messages.isEmpty() ? "valid" : String.join("; ", messages)));
      }
      try {
        factory.getValidator().validate(new HiddenRequest());
        out.println("hidden: valid");
      } catch (ValidationException e) {
        Throwable t = e;
        while (t.getCause() instanceof ValidationException) {
          t = t.getCause();
        }
        out.println("hidden: " + t.getMessage());
      }
    }
  }
}
