package vn.gov.cchc.portal.spreadsheet;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Why a row of an uploaded spreadsheet cannot be imported: its row number as Excel shows it, the column's header
 * (null when the problem is the whole row), and the message key with its arguments.
 */
public record RowProblem(int row, @Nullable String column, String messageKey, List<Object> arguments) {

    public RowProblem {
        arguments = List.copyOf(arguments);
    }

    public Object[] args() {
        return arguments.toArray();
    }
}
