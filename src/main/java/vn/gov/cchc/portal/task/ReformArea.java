package vn.gov.cchc.portal.task;

/** The six areas of the 2021–2030 programme (Resolution 76/NQ-CP) plus direction and management. */
public enum ReformArea {
    INSTITUTIONS,
    PROCEDURES,
    APPARATUS,
    CIVIL_SERVICE,
    PUBLIC_FINANCE,
    DIGITAL_GOVERNMENT,
    DIRECTION;

    public String messageKey() {
        return "task.area." + name();
    }
}
