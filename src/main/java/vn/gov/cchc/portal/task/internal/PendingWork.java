package vn.gov.cchc.portal.task.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.gov.cchc.portal.task.TaskEventType;

/**
 * What a task's history leaves waiting, as the work queues read it: a completion proposal the secretariat has not
 * decided (since when), an extension request not yet approved or refused, a completion the secretariat returned
 * and the agency has not proposed again, and the day of the latest progress report. A pure rule over the history;
 * the ledger and the bulk generator both store its result on the task.
 *
 * @param proposalSince  when the pending completion proposal was made; null when none is pending
 * @param extensionSince when the pending extension request was made; null when none is pending
 * @param returnedAt     when the secretariat returned the completion; null once the agency proposes again
 * @param lastReportedOn the day of the latest progress report; null when the agency never reported
 */
public record PendingWork(Instant proposalSince, Instant extensionSince, Instant returnedAt, LocalDate lastReportedOn) {

    /** One entry of the history: its type, when it was recorded and the day it took effect. */
    public record Entry(TaskEventType type, Instant at, LocalDate on) {
    }

    public static PendingWork of(List<Entry> history) {
        Instant proposal = null;
        Instant extension = null;
        Instant returned = null;
        LocalDate reported = null;
        for (Entry entry : history) {
            switch (entry.type()) {
                case COMPLETION_PROPOSED -> {
                    proposal = entry.at();
                    returned = null;
                }
                case COMPLETION_RETURNED -> {
                    proposal = null;
                    returned = entry.at();
                }
                case COMPLETION_CONFIRMED, WITHDRAWN -> {
                    proposal = null;
                    extension = null;
                    returned = null;
                }
                case EXTENSION_REQUESTED -> extension = entry.at();
                case EXTENSION_APPROVED, EXTENSION_REFUSED -> extension = null;
                case PROGRESS_REPORTED -> reported = entry.on();
                default -> { }
            }
        }
        return new PendingWork(proposal, extension, returned, reported);
    }
}
