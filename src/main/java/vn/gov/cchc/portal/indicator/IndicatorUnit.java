package vn.gov.cchc.portal.indicator;

/** What an indicator's value counts. Counts and amounts add up across levels and agencies; rates and scores do not. */
public enum IndicatorUnit {
    COUNT,
    VND,
    PERCENT,
    SCORE;

    public boolean additive() {
        return this == COUNT || this == VND;
    }

    public String messageKey() {
        return "indicator.unit." + name();
    }
}
