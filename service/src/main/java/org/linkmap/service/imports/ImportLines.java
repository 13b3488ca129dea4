package org.linkmap.service.imports;

import java.io.Closeable;
import java.util.Iterator;

/** The lines of an import file in its format, holding the file open until closed. */
interface ImportLines extends Iterator<ImportLine>, Closeable {
}
