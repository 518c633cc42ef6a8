"""The Check-in page for the desk on the day: scan or type to find a person, check them in, see their next
meeting, take absences, late arrivals and walk-ins, and follow the counts."""
