"""Reading registrations: workbooks and CSV files read safely, columns recognised by their headers, rows
turned into organisations, people and wishes, names typed with a slip, the blank template, and a re-import
compared with the event."""
