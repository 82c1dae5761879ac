package org.arflow.design.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.function.Supplier;

/** A link that downloads a file made at the moment of the click. */
final class Downloads {

    private Downloads() {
    }

    static Anchor link(String text, String fileName, String contentType, Supplier<byte[]> content) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = content.get();
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, contentType, bytes.length);
        }), text);
        link.getElement().setAttribute("download", true);
        return link;
    }
}
