@org.jspecify.annotations.NullMarked
package vn.gov.cchc.portal.indicator.ui;
