"""The Timetable page, by view: the grid (``page``, drawn with ``grid``), the day views (``days``) and what
is counted in the background (``check``); ``base`` declares what they share."""
