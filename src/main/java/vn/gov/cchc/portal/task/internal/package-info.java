/**
 * Tasks as stored: the entities, repositories, the status engine's projection (spans), searches, imports and demo
 * tasks.
 */
@org.jspecify.annotations.NullMarked
package vn.gov.cchc.portal.task.internal;
