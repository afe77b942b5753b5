/**
 * Small UI helpers shared by every module's views: messages, formats, date pickers, downloads and field errors.
 */
@org.jspecify.annotations.NullMarked
package vn.gov.cchc.portal.common.ui;
