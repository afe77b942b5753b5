package vn.gov.cchc.portal.task;

public enum TaskPriority {
    NORMAL,
    HIGH,
    URGENT;

    public String messageKey() {
        return "task.priority." + name();
    }
}
