package org.linkmap.service.network.export;

import java.util.Locale;
import java.util.function.UnaryOperator;

import org.linkmap.service.network.NetworkView;

/** The export formats, each with its media type, file extension and writer. */
public enum ExportFormat {
    GRAPHML("application/graphml+xml", "graphml"),
    ANX("application/xml", "anx"),
    CSV("text/csv", "csv");

    private final String mediaType;
    private final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /** The format named by {@code name} (any case), or {@code null}. */
    public static ExportFormat parse(String name) {
        for (ExportFormat format : values()) {
            if (format.name().equals(name == null ? null : name.strip().toUpperCase(Locale.ROOT))) {
                return format;
            }
        }
        return null;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The network in this format, every string passed through {@code text} first. */
    public byte[] write(NetworkView network, UnaryOperator<String> text) {
        return switch (this) {
            case GRAPHML -> GraphmlWriter.write(network, text);
            case ANX -> AnxWriter.write(network, text);
            case CSV -> CsvWriter.links(network, text);
        };
    }
}
