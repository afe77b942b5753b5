@org.jspecify.annotations.NullMarked
package vn.gov.cchc.portal.api.ui;
