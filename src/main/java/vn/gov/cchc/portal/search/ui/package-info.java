/** The search box of the header, the one UI piece the layout embeds. */
@org.springframework.modulith.NamedInterface("ui")
@org.jspecify.annotations.NullMarked
package vn.gov.cchc.portal.search.ui;
