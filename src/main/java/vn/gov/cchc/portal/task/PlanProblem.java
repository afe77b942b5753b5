package vn.gov.cchc.portal.task;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Why a row of a plan file cannot be imported: its row number as Excel shows it, the column (null when the problem
 * is the whole row), and the message key with its arguments.
 */
public record PlanProblem(int row, @Nullable PlanColumn column, String messageKey, List<Object> arguments) {

    public PlanProblem {
        arguments = List.copyOf(arguments);
    }

    public Object[] args() {
        return arguments.toArray();
    }
}
