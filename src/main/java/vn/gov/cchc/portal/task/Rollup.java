package vn.gov.cchc.portal.task;

/** A directive's children as of a date: how many, and how they count in the official convention. */
public record Rollup(int children, int doneOnTime, int doneLate, int openInTime, int openOverdue, int notCounted) {

    public int done() {
        return doneOnTime + doneLate;
    }

    public int planned() {
        return children - notCounted;
    }
}
