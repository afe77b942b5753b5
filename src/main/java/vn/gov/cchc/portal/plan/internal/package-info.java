@org.jspecify.annotations.NullMarked
package vn.gov.cchc.portal.plan.internal;
