/**
 * Portal-wide search: one box in the header finds tasks, sessions, agenda items and conclusions by their words as
 * people type them (without tone marks, in any order and case), grouped by kind with the matching words marked,
 * within what the user may read. See ADR 0019.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search")
@org.jspecify.annotations.NullMarked
package vn.gov.cchc.portal.search;
