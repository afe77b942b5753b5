package vn.gov.cchc.portal.common.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import vn.gov.cchc.portal.common.FileContent;

/** Links that download a file fetched (and access-checked) by a service only when clicked. */
public final class Downloads {

    private Downloads() {
    }

    public static Anchor link(String label, SerializableSupplier<FileContent> file) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            FileContent content = file.get();
            return new DownloadResponse(new ByteArrayInputStream(content.content()), content.fileName(),
                    content.mimeType(), content.content().length);
        }), label);
        link.getElement().setAttribute("download", true);
        return link;
    }
}
