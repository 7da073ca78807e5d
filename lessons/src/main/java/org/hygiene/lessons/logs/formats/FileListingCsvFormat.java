package org.hygiene.lessons.logs.formats;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hygiene.lessons.logs.Column;
import org.hygiene.lessons.logs.ColumnType;
import org.hygiene.lessons.logs.RawFilter;
import org.hygiene.lessons.logs.RowCursor;
import org.hygiene.lessons.logs.Schema;

/**
 * File listings a responder exports with {@code Get-ChildItem -Recurse -Force | Select-Object
 * FullName,Length,CreationTimeUtc,LastWriteTimeUtc,Attributes | Export-Csv -NoTypeInformation}
 * (optionally with a {@code SHA256} column from {@code Get-FileHash}), as the {@code Files} table.
 * {@code TimeGenerated} is {@code LastWriteTimeUtc}; {@code Directory}, {@code Name} and {@code
 * Extension} are split off {@code FullName}; other exported columns are kept as strings.
 */
public final class FileListingCsvFormat implements LogFormat {
    public static final String TABLE = "Files";

    private static final List<Column> BASE =
            List.of(
                    new Column("TimeGenerated", ColumnType.DATETIME),
                    new Column("Computer", ColumnType.STRING),
                    new Column("FullName", ColumnType.STRING),
                    new Column("Directory", ColumnType.STRING),
                    new Column("Name", ColumnType.STRING),
                    new Column("Extension", ColumnType.STRING),
                    new Column("Length", ColumnType.LONG),
                    new Column("CreationTimeUtc", ColumnType.DATETIME),
                    new Column("LastWriteTimeUtc", ColumnType.DATETIME),
                    new Column("Attributes", ColumnType.STRING),
                    new Column("SHA256", ColumnType.STRING));

    private final String computer;

    public FileListingCsvFormat(String computer) {
        this.computer = computer;
    }

    @Override
    public String table() {
        return TABLE;
    }

    @Override
    public boolean recognises(String path, LogFileHead head) {
        return path.toLowerCase(Locale.ROOT).endsWith(".csv")
                && WindowsEventCsvFormat.headerOf(head).contains("FullName");
    }

    @Override
    public Schema schema(List<LogFileHead> heads) {
        List<Column> columns = new ArrayList<>(BASE);
        Set<String> names = new HashSet<>();
        BASE.forEach(c -> names.add(c.name()));
        for (LogFileHead head : heads) {
            for (String name : WindowsEventCsvFormat.headerOf(head)) {
                if (names.add(name)) {
                    columns.add(new Column(name, ColumnType.STRING));
                }
            }
        }
        return new Schema(columns);
    }

    @Override
    public RowCursor open(InputStream in, String display, Schema schema, RawFilter filter)
            throws IOException {
        return new CsvExportCursor(in, display, schema, filter) {
            private int[] target;
            private int fullName = -1;

            @Override
            protected void header(List<String> names) {
                target = new int[names.size()];
                for (int i = 0; i < names.size(); i++) {
                    target[i] = schema.indexOf(names.get(i));
                    if (names.get(i).equals("FullName")) {
                        fullName = i;
                    }
                }
            }

            @Override
            protected boolean fill(List<String> fields, Object[] values) {
                for (int i = 0; i < target.length; i++) {
                    if (target[i] >= 0) {
                        values[target[i]] =
                                FieldValues.convert(fields.get(i), schema.column(target[i]).type());
                    }
                }
                values[0] = values[8];
                values[1] = computer;
                if (fullName >= 0) {
                    String path = fields.get(fullName);
                    int slash = Math.max(path.lastIndexOf('\\'), path.lastIndexOf('/'));
                    String name = path.substring(slash + 1);
                    int dot = name.lastIndexOf('.');
                    values[3] = slash < 0 ? "" : path.substring(0, slash);
                    values[4] = name;
                    values[5] = dot <= 0 ? "" : name.substring(dot);
                }
                return true;
            }
        };
    }
}
