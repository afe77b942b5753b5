package vn.gov.cchc.portal.task;

/** How many tasks of one agency and area were in one bucket on the cut-off date. */
public record BucketCount(long agencyId, ReformArea area, StatusBucket bucket, long count) {
}
