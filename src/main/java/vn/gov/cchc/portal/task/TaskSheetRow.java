package vn.gov.cchc.portal.task;

import java.util.List;
import vn.gov.cchc.portal.agency.AgencyName;
import vn.gov.cchc.portal.common.DocumentRef;

/**
 * A task as a spreadsheet writes it: the grid's row with what the plan's columns add (see {@link PlanColumn}), so
 * that an exported list imports back unchanged. {@code number} is the row's place in the list (STT), from 1.
 */
public record TaskSheetRow(int number, TaskRow row, List<AgencyName> support, String product, DocumentRef document,
        String note) {
}
