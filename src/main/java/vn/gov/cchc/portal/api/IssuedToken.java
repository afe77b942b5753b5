package vn.gov.cchc.portal.api;

/** A token just issued: its secret is shown this once and kept only as a hash. */
public record IssuedToken(ApiTokenSummary token, String secret) {
}
