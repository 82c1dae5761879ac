package org.arflow.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Which build this is: "production" (no embedded engine, no demo users) or "evaluation". */
record BuildFlavor(String name) {

    static BuildFlavor current() {
        Properties props = new Properties();
        try (InputStream in = BuildFlavor.class.getResourceAsStream("/META-INF/arflow-build.properties")) {
            if (in != null) {
                props.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new BuildFlavor(props.getProperty("arflow.build.flavor", "evaluation"));
    }

    boolean isProduction() {
        return "production".equals(name);
    }
}
