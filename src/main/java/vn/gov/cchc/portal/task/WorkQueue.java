package vn.gov.cchc.portal.task;

import java.util.List;

/** A queue of one kind: its first items (oldest or most urgent first) and how many there are in all. */
public record WorkQueue(QueueReason reason, List<QueueItem> items, long total) {

    public boolean isEmpty() {
        return total == 0;
    }
}
