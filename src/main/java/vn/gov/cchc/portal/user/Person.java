package vn.gov.cchc.portal.user;

import org.jspecify.annotations.Nullable;

/** An enabled user as other modules need them: the name they sign in with, their full name and their agency. */
public record Person(String username, String fullName, @Nullable Long agencyId) {
}
