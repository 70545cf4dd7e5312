package example.plain;

import io.github.cchc.model.Agency;
import io.github.cchc.model.AgencyDirectory;
import io.github.cchc.model.AgencyKind;
import io.github.cchc.model.AgencyLevel;
import java.util.List;

/** Built with the generated builders, so that the strict compile (-Xlint:all -Werror) reads their class files too. */
final class Directory {
  static AgencyDirectory of() {
    return AgencyDirectory.builder().addAgencies(Agency.builder().id("hp").name("UBND").level(AgencyLevel.PROVINCE)
        .kind(AgencyKind.PEOPLES_COMMITTEE).build()).build();
  }
}
