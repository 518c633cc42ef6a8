"""The organiser's jobs, one module a job, shared by the command line and the window.

``event_setup`` (settings), ``importing``, ``edits``, ``planning``, ``exporting``, ``reports`` (summary,
statistics, unmet requests), ``suggestions``, ``event_files`` (opening a file); ``cache`` holds what several
share. The faces reach ``app.storage``, ``app.scheduler``, ``app.reading`` and ``app.documents`` only through
these modules.
"""
