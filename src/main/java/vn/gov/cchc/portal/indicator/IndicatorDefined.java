package vn.gov.cchc.portal.indicator;

/** An indicator of the catalogue was defined or given a new version (published in the transaction of the change). */
public record IndicatorDefined(String code) {
}
