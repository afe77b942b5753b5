/**
 * Sessions, agendas, attendance, documents and conclusions as stored, and the demo sessions.
 */
@org.jspecify.annotations.NullMarked
package vn.gov.cchc.portal.session.internal;
