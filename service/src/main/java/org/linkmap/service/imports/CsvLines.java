package org.linkmap.service.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.linkmap.service.web.InvalidRequest;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The incident CSV layout: the first record is the header; each later record is one submission, numbered as its
 * record (the header is 1), which is its line unless a quoted field spans lines.
 */
final class CsvLines implements ImportLines {

    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final IncidentCsv layout;

    /** @throws InvalidRequest when the file is empty or its header is not the layout */
    CsvLines(BufferedReader reader, ObjectMapper json) throws IOException {
        this.parser = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get().parse(reader);
        this.records = parser.iterator();
        if (!records.hasNext()) {
            throw new InvalidRequest("body", "is empty: send a header row and one row per incident");
        }
        List<String> header = new ArrayList<>(records.next().toList());
        if (!header.isEmpty() && header.get(0).startsWith(BYTE_ORDER_MARK)) {
            header.set(0, header.get(0).substring(1));
        }
        this.layout = new IncidentCsv(header, json);
    }

    @Override
    public boolean hasNext() {
        return records.hasNext();
    }

    @Override
    public ImportLine next() {
        CSVRecord record = records.next();
        try {
            IncidentCsv.Row row = layout.toSubmission(record);
            return new ImportLine(record.getRecordNumber(), row.json(), null, row::inColumns);
        } catch (InvalidRequest e) {
            return ImportLine.unreadable(record.getRecordNumber(), e);
        }
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
