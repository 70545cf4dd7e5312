package example.jpms.hidden;

import example.jpms.directory.Agencies;
import io.github.cchc.model.AgencyDirectory;
import java.util.function.Supplier;

/** The same directory in a package the module keeps to itself. */
public final class HiddenAgencies implements Supplier<AgencyDirectory> {
  @Override
  public AgencyDirectory get() {
    return new Agencies().get();
  }
}
