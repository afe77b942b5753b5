package vn.gov.cchc.portal.indicator;

/** Where the indicator module's pages are, named once for the views and for links from other modules. */
public final class IndicatorLinks {

    /** The indicator catalogue as it stood on a date. */
    public static final String CATALOGUE = "indicators/catalogue";

    private IndicatorLinks() {
    }
}
