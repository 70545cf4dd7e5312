package example.jpms.directory;

import io.github.cchc.model.Agency;
import io.github.cchc.model.AgencyDirectory;
import io.github.cchc.model.AgencyKind;
import io.github.cchc.model.AgencyLevel;
import java.util.List;
import java.util.function.Supplier;

/** The application's agency directory, in a package it exports to cchc. */
public final class Agencies implements Supplier<AgencyDirectory> {
  @Override
  public AgencyDirectory get() {
    return AgencyDirectory.of(List.of(
        Agency.of("hp", "Ủy ban nhân dân thành phố Hải Phòng", AgencyLevel.PROVINCE, AgencyKind.PEOPLES_COMMITTEE),
        Agency.of("hp.snv", "Sở Nội vụ", AgencyLevel.PROVINCE, AgencyKind.DEPARTMENT)), List.of());
  }
}
