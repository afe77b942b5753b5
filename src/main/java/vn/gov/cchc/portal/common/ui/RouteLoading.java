package vn.gov.cchc.portal.common.ui;

import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.NotFoundException;
import java.util.Optional;
import java.util.function.Supplier;

/** Loads what a parameterised route shows; a record that is missing (or not the user's to see) becomes a 404. */
public final class RouteLoading {

    private RouteLoading() {
    }

    public static <T> Optional<T> loadOrNotFound(BeforeEvent event, Supplier<T> load) {
        try {
            return Optional.of(load.get());
        } catch (vn.gov.cchc.portal.common.NotFoundException e) {
            event.rerouteToError(NotFoundException.class);
            return Optional.empty();
        }
    }
}
