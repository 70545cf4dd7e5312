package io.github.cchc.model;

/** The tier of government an agency belongs to (cấp). */
public enum AgencyLevel {
  /** Trung ương: ministries and the Government. */
  CENTRAL,
  /** Cấp tỉnh: a province or centrally-run city and its departments. */
  PROVINCE,
  /** Cấp huyện: a district, town or provincial city; abolished on 1 July 2025. */
  DISTRICT,
  /** Cấp xã: a commune, ward or township. */
  COMMUNE
}
