/**
 * E-mail: the outbox every mail goes through (recorded, sent by one node, retried with back-off, marked sent or
 * failed), the SMTP server it is sent to (the embedded mail catcher on the default run, a real one in production),
 * and the administrator's view of both. See ADR 0017.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Mail")
@org.jspecify.annotations.NullMarked
package vn.gov.cchc.portal.mail;
