"""The Print page, a module a panel: ``chooser`` (whose agendas), ``preview`` (rendered, paged, zoomed and
saved), ``print_run`` (printing page by page) and ``export`` (everything for the day); ``base`` declares what
they share and ``page`` holds them."""
