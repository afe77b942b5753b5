package vn.gov.cchc.portal.inspection;

import org.jspecify.annotations.Nullable;

/**
 * A member of an inspection team: a name, position and agency as the team decision lists them; {@code username}
 * when the member is also a portal user (who then edits the inspection's findings until the conclusion is issued).
 */
public record TeamMember(String fullName, @Nullable String title, @Nullable String agencyName, @Nullable String username,
        boolean lead) {
}
