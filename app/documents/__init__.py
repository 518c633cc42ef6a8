"""Writing documents: the PDF base every document shares, agendas, schedule.xlsx, schedule.json, and
files written whole or not at all."""
