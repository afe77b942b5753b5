package vn.gov.cchc.portal.inspection.internal;

import java.time.LocalDate;
import java.util.Set;
import vn.gov.cchc.portal.common.Formats;
import vn.gov.cchc.portal.common.Texts;
import vn.gov.cchc.portal.inspection.Requirement;
import vn.gov.cchc.portal.task.AgencySelection;
import vn.gov.cchc.portal.task.ReformArea;
import vn.gov.cchc.portal.task.TaskAssignment;
import vn.gov.cchc.portal.task.TaskPriority;

/**
 * The task a requirement of an issued conclusion notice becomes: the inspected agency's, assigned by the notice on its
 * date, due the requirement's days later, titled by the requirement and described by its place in the notice.
 */
public final class RequirementTasks {

    private static final int TITLE_MAX = 500;

    private RequirementTasks() {
    }

    /** The assignment of requirement {@code number} (from 1) of the notice. */
    public static TaskAssignment assignment(Requirement requirement, int number, String notice, LocalDate issuedOn, String signer,
            long agencyId, ReformArea area) {
        String text = requirement.text();
        String title = text.length() <= TITLE_MAX ? text : text.substring(0, TITLE_MAX - 1) + "…";
        return new TaskAssignment(null, notice, issuedOn, signer, text, title,
                Texts.get(Texts.VIETNAMESE, "inspection.requirement.taskDescription", number, notice, Formats.date(issuedOn)), area,
                AgencySelection.single(agencyId), Set.of(), issuedOn, issuedOn.plusDays(requirement.dueDays()),
                Texts.get(Texts.VIETNAMESE, "inspection.requirement.taskProduct"), TaskPriority.NORMAL, issuedOn.getYear());
    }
}
