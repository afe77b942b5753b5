/**
 * Briefs as stored, their layout and the demo briefs.
 */
@org.jspecify.annotations.NullMarked
package vn.gov.cchc.portal.brief.internal;
