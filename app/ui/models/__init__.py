"""The window's Qt models, one module a family: ``rows`` (the shared bases), ``timetable``, ``organisations``,
``requests``, ``setup``, ``import_`` and ``print``. They translate the frozen event into rows and cells and
hold no rules of their own."""
