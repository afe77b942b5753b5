package vn.gov.cchc.portal.search.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.gov.cchc.portal.security.CurrentUser;
import vn.gov.cchc.portal.security.PortalUser;

/**
 * Who may find a record, as terms: a record lists the terms of its readers, a user searches with the terms that are
 * theirs, and finds (and counts) only records sharing one. {@code everyone}; {@code central}: administrators, the
 * secretariat and committee members; {@code editors}: administrators and the secretariat; {@code agency:<id>}: that
 * agency's users; {@code user:<name>}: one user (an inspection team's member).
 */
public final class Readers {

    static final String EVERYONE = "everyone";
    static final String CENTRAL = "central";
    static final String EDITORS = "editors";

    private final Set<String> terms = new LinkedHashSet<>();

    private Readers(Collection<String> terms) {
        this.terms.addAll(terms);
    }

    static Readers everyone() {
        return new Readers(List.of(EVERYONE));
    }

    static Readers central() {
        return new Readers(List.of(CENTRAL));
    }

    static Readers editors() {
        return new Readers(List.of(EDITORS));
    }

    /** An agency's own record: its users only. */
    static Readers agencyOnly(long agencyId) {
        return new Readers(List.of(agency(agencyId)));
    }

    /** An agency's record: its users and central readers. */
    static Readers agencyAndCentral(long agencyId) {
        return new Readers(List.of(agency(agencyId), CENTRAL));
    }

    Readers andAgency(long agencyId) {
        Readers more = new Readers(terms);
        more.terms.add(agency(agencyId));
        return more;
    }

    Readers andUser(String username) {
        Readers more = new Readers(terms);
        more.terms.add(user(username));
        return more;
    }

    /** The terms of the signed-in user. */
    public static List<String> of(CurrentUser user) {
        List<String> terms = new ArrayList<>(List.of(EVERYONE));
        if (user.isCentralReader()) {
            terms.add(CENTRAL);
        }
        if (user.isSecretariatOrAdmin()) {
            terms.add(EDITORS);
        }
        user.portalUser().map(PortalUser::agencyId).ifPresent(agency -> terms.add(agency(agency)));
        user.username().ifPresent(name -> terms.add(user(name)));
        return terms;
    }

    static List<String> parse(String stored) {
        return List.of(stored.split(" "));
    }

    @Override
    public String toString() {
        return String.join(" ", terms);
    }

    private static String agency(long agencyId) {
        return "agency:" + agencyId;
    }

    private static String user(String username) {
        return "user:" + username;
    }
}
