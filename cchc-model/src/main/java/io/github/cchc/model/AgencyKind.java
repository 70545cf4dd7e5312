package io.github.cchc.model;

/** What sort of body an agency is (loại cơ quan). */
public enum AgencyKind {
  /** Ủy ban nhân dân: a people's committee. */
  PEOPLES_COMMITTEE,
  /** Sở, ban, ngành; at central level a ministry (Bộ): a specialised department. */
  DEPARTMENT,
  /** Văn phòng: an office, such as the Office of the People's Committee. */
  OFFICE,
  /** Thanh tra: an inspectorate. */
  INSPECTORATE,
  /** Đơn vị sự nghiệp công lập: a public service unit. */
  PUBLIC_SERVICE_UNIT,
  /** Cơ quan báo chí: press and broadcasting. */
  PRESS,
  /** Any other body: police, mass organisations, party committees. */
  OTHER
}
