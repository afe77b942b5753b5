@org.jspecify.annotations.NullMarked
package vn.gov.cchc.portal.document.internal;
