/**
 * The briefs' screens: the list, a brief being drafted, approved and issued, and its downloads.
 */
@org.jspecify.annotations.NullMarked
package vn.gov.cchc.portal.brief.ui;
