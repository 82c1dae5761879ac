package org.arflow.insights.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/** "Export CSV" under a table: the table as it is filtered at the moment of the click. */
final class CsvLink {

    private CsvLink() {
    }

    static Anchor of(String fileName, Supplier<String> csv) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = csv.get().getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, "text/csv", bytes.length);
        }), "Export CSV");
        link.getElement().setAttribute("download", true);
        return link;
    }
}
