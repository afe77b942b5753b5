package vn.gov.cchc.portal.spreadsheet;

import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A column of a sheet: its header, its kind, its width in characters, and how a row gives its value (null leaves
 * the cell empty).
 */
public record Column<T>(String header, CellKind kind, int width, Function<T, @Nullable Object> value) {

    public static <T> Column<T> text(String header, int width, Function<T, @Nullable Object> value) {
        return new Column<>(header, CellKind.TEXT, width, value);
    }

    public static <T> Column<T> integer(String header, Function<T, @Nullable Object> value) {
        return new Column<>(header, CellKind.INTEGER, Math.max(10, header.length() + 2), value);
    }

    public static <T> Column<T> date(String header, Function<T, @Nullable Object> value) {
        return new Column<>(header, CellKind.DATE, Math.max(12, header.length() + 2), value);
    }

    public static <T> Column<T> percent(String header, Function<T, @Nullable Object> value) {
        return new Column<>(header, CellKind.PERCENT, Math.max(10, header.length() + 2), value);
    }

    public static <T> Column<T> decimal(String header, Function<T, @Nullable Object> value) {
        return new Column<>(header, CellKind.DECIMAL, Math.max(10, Math.min(header.length() + 2, 24)), value);
    }
}
