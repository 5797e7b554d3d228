package org.rasd.cli;

import org.rasd.core.model.Document;
import picocli.CommandLine;

/** Version string: the build version and the output schema. */
public final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Main.class.getPackage().getImplementationVersion();
        return new String[] {"rasd " + (v == null ? "dev" : v) + " (output schema " + Document.SCHEMA_VERSION + ")"};
    }
}
